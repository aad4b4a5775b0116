import { describe, expect, it } from "vitest";
import { expectError, expectStatus, seededSchool } from "../helpers/api";

const tracks = [
	{ language: "en", label: "English", url: "/media/intro.en.vtt" },
	{
		language: "pt-BR",
		label: "Português",
		url: "https://cdn.example.com/intro.pt.vtt",
	},
];

describe("caption tracks", () => {
	it("a lesson keeps several tracks; learners get them with the lesson", async () => {
		const { api, seeded } = await seededSchool();
		const res = await api.updateLesson("owner", seeded.video.id, {
			captions: tracks,
		});
		expectStatus(res, 200);
		expect(res.json.captions).toEqual(tracks);
		const lesson = await api.getLesson("anonymous", seeded.video.id);
		expect(lesson.json.captions).toEqual(tracks);
		// Other fields' edits leave the tracks alone.
		await api.updateLesson("owner", seeded.video.id, { title: "Hello" });
		expect(
			(await api.getLesson("anonymous", seeded.video.id)).json.captions,
		).toEqual(tracks);
	});

	it("refuses unsafe URLs, bad language tags, and unbounded lists", async () => {
		const { api, seeded } = await seededSchool();
		for (const captions of [
			[{ language: "en", label: "x", url: "javascript:alert(1)" }],
			[{ language: "en", label: "x", url: "//evil.example/a.vtt" }],
			[{ language: "english please", label: "x", url: "/a.vtt" }],
			[{ language: "en", label: "", url: "/a.vtt" }],
			Array.from({ length: 21 }, () => tracks[0]),
		]) {
			const res = await api.updateLesson("owner", seeded.video.id, {
				captions,
			});
			expectError(res, 400);
		}
	});
});
