import { describe, expect, it } from "vitest";
import { createGate, isBlogPostUpdate } from "../lib/blog-update-gate";

const at = (method: string, path: string) =>
	new Request(`http://localhost:3000${path}`, { method });

describe("isBlogPostUpdate", () => {
	it("matches PUT /api/data/posts/:id only", () => {
		expect(isBlogPostUpdate(at("PUT", "/api/data/posts/p1"))).toBe(true);
		expect(isBlogPostUpdate(at("PUT", "/api/data/posts/p1/"))).toBe(true);
		expect(isBlogPostUpdate(at("GET", "/api/data/posts/p1"))).toBe(false);
		expect(isBlogPostUpdate(at("POST", "/api/data/posts"))).toBe(false);
		expect(isBlogPostUpdate(at("PUT", "/api/data/school/posts/p1"))).toBe(
			false,
		);
		expect(isBlogPostUpdate(at("PUT", "/api/data/posts/p1/x"))).toBe(false);
		expect(isBlogPostUpdate(at("PUT", "/api/dataposts/p1"))).toBe(false);
	});
});

/** A task that runs until `finish()` is called, and records that it started. */
function task(started: string[], name: string) {
	let finish: (fail?: boolean) => void = () => {};
	const work = () =>
		new Promise<string>((resolve, reject) => {
			started.push(name);
			finish = (fail) => (fail ? reject(new Error(name)) : resolve(name));
		});
	return { work, finish: (fail?: boolean) => finish(fail) };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("createGate", () => {
	it("lets `limit` tasks run at once and starts the others in arrival order", async () => {
		const gate = createGate(2);
		const started: string[] = [];
		const a = task(started, "a");
		const b = task(started, "b");
		const c = task(started, "c");
		const d = task(started, "d");
		const runs = [a, b, c, d].map((t) => gate.run(t.work));
		await tick();
		expect(started).toEqual(["a", "b"]);
		expect(gate.state).toEqual({ active: 2, waiting: 2 });

		b.finish();
		await tick();
		expect(started).toEqual(["a", "b", "c"]);
		expect(gate.state).toEqual({ active: 2, waiting: 1 });

		// A failing task frees its place too, and its error reaches the caller.
		a.finish(true);
		await expect(runs[0]).rejects.toThrow("a");
		await tick();
		expect(started).toEqual(["a", "b", "c", "d"]);

		c.finish();
		d.finish();
		await expect(Promise.all(runs.slice(1))).resolves.toEqual(["b", "c", "d"]);
		expect(gate.state).toEqual({ active: 0, waiting: 0 });
	});
});
