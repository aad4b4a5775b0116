import { describe, expect, it } from "vitest";
import { authInputProblem, nameProblem } from "../lib/auth-input";

const signUp = (fields: Record<string, unknown>) =>
	authInputProblem("/sign-up/email", {
		name: "Ada",
		email: "ada@example.com",
		password: "password1234",
		...fields,
	});

describe("authInputProblem", () => {
	it("lets a normal sign-up and sign-in through", () => {
		expect(signUp({})).toBeNull();
		expect(signUp({ name: "José Müller-Łukasiewicz 李" })).toBeNull();
		expect(
			authInputProblem("/sign-in/email", { email: "a@b.c", password: "x" }),
		).toBeNull();
	});

	it.each([
		[{ password: 12345678 }, "password must be a string."],
		[{ password: null }, "password must be a string."],
		[{ email: ["a@b.c"] }, "email must be a string."],
		[{ name: 7 }, "name must be a string."],
		[{ name: "x".repeat(101) }, "Name must be at most 100 characters."],
		[{ name: "   " }, "Name is required."],
		[{ name: "Ada\u0000" }, "Name may not contain control characters."],
		[{ name: "Ada\nLovelace" }, "Name may not contain control characters."],
		[{ name: "Ada\u202eecilA" }, "Name may not contain control characters."],
		[
			{ email: `${"a".repeat(250)}@b.cd` },
			"Email must be at most 254 characters.",
		],
	])("refuses sign-up with %j", (fields, message) => {
		expect(signUp(fields)).toBe(message);
	});

	it("refuses a sign-up or sign-in that is not a JSON object", () => {
		expect(authInputProblem("/sign-up/email", undefined)).toBe(
			"A JSON body is required.",
		);
		expect(authInputProblem("/sign-in/email", [1])).toBe(
			"The body must be a JSON object.",
		);
		expect(authInputProblem("/sign-in/email", { email: "a@b.c" })).toBe(
			"password must be a string.",
		);
	});

	it("checks names on profile updates too, and allows clearing the image", () => {
		expect(authInputProblem("/update-user", { name: "x".repeat(500) })).toMatch(
			/at most 100/,
		);
		expect(authInputProblem("/update-user", { image: null })).toBeNull();
		expect(
			authInputProblem("/change-password", {
				newPassword: 5,
				currentPassword: "a",
			}),
		).toBe("newPassword must be a string.");
	});

	it("leaves bodiless endpoints alone", () => {
		expect(authInputProblem("/sign-out", undefined)).toBeNull();
	});

	it("counts characters, not UTF-16 units", () => {
		expect(nameProblem("😀".repeat(100))).toBeNull();
		expect(nameProblem("😀".repeat(101))).not.toBeNull();
	});
});
