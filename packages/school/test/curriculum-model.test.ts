import { describe, expect, it } from "vitest";
import {
	type CurriculumState,
	dropLesson,
	dropSection,
	findLesson,
	fromCourseDetail,
	moveItem,
	moveLesson,
	moveLessonBy,
	moveSection,
	reconcile,
	sameOrder,
	toCurriculumInput,
	UNSECTIONED,
} from "../src/client/components/instructor/curriculum-model";
import { curriculumSchema } from "../src/schemas";
import type { LessonOutline } from "../src/types";

const lesson = (
	id: string,
	sectionId: string | null = null,
): LessonOutline => ({
	id,
	sectionId,
	title: `Lesson ${id}`,
	type: "text",
	durationMins: null,
	order: 0,
	isFreePreview: false,
});

/** s1: a, b, c · s2: d · unsectioned: e */
function sample(): CurriculumState {
	return fromCourseDetail({
		sections: [
			{
				id: "s1",
				title: "One",
				order: 0,
				lessons: [lesson("a", "s1"), lesson("b", "s1"), lesson("c", "s1")],
			},
			{ id: "s2", title: "Two", order: 1, lessons: [lesson("d", "s2")] },
		],
		unsectionedLessons: [lesson("e")],
	});
}

const ids = (state: CurriculumState) => toCurriculumInput(state);

describe("moveItem", () => {
	it("moves forward and backward", () => {
		expect(moveItem(["a", "b", "c", "d"], 0, 2)).toEqual(["b", "c", "a", "d"]);
		expect(moveItem(["a", "b", "c", "d"], 3, 1)).toEqual(["a", "d", "b", "c"]);
	});

	it("clamps the target and leaves the input alone", () => {
		const list = ["a", "b", "c"];
		expect(moveItem(list, 1, 99)).toEqual(["a", "c", "b"]);
		expect(moveItem(list, 1, -5)).toEqual(["b", "a", "c"]);
		expect(list).toEqual(["a", "b", "c"]);
	});

	it("returns the same array when nothing moves", () => {
		const list = ["a", "b"];
		expect(moveItem(list, 0, 0)).toBe(list);
		expect(moveItem(list, 0, -1)).toBe(list);
		expect(moveItem(list, 5, 0)).toBe(list);
	});
});

describe("curriculum moves", () => {
	it("reads a course outline", () => {
		expect(ids(sample())).toEqual({
			sections: [
				{ id: "s1", lessonIds: ["a", "b", "c"] },
				{ id: "s2", lessonIds: ["d"] },
			],
			unsectionedLessonIds: ["e"],
		});
	});

	it("moves sections up and down, and not past the ends", () => {
		const state = sample();
		const down = moveSection(state, "s1", 1);
		expect(down.sections.map((s) => s.id)).toEqual(["s2", "s1"]);
		expect(moveSection(down, "s1", 1)).toBe(down);
		expect(moveSection(state, "s1", -1)).toBe(state);
		expect(moveSection(state, "nope", 1)).toBe(state);
	});

	it("moves a lesson within its section", () => {
		const state = sample();
		expect(ids(moveLessonBy(state, "a", 1)).sections[0]?.lessonIds).toEqual([
			"b",
			"a",
			"c",
		]);
		expect(ids(moveLessonBy(state, "c", -2)).sections[0]?.lessonIds).toEqual([
			"c",
			"a",
			"b",
		]);
		expect(moveLessonBy(state, "a", -1)).toBe(state);
		expect(moveLessonBy(state, "e", 1)).toBe(state);
	});

	it("moves a lesson between sections and out of any section", () => {
		const state = sample();
		const toTwo = moveLesson(state, "b", "s2");
		expect(ids(toTwo)).toEqual({
			sections: [
				{ id: "s1", lessonIds: ["a", "c"] },
				{ id: "s2", lessonIds: ["d", "b"] },
			],
			unsectionedLessonIds: ["e"],
		});
		const first = moveLesson(state, "e", "s2", 0);
		expect(ids(first).sections[1]?.lessonIds).toEqual(["e", "d"]);
		expect(ids(first).unsectionedLessonIds).toEqual([]);
		const out = moveLesson(state, "a", UNSECTIONED);
		expect(ids(out).unsectionedLessonIds).toEqual(["e", "a"]);
		expect(findLesson(out, "a")).toEqual({ groupId: UNSECTIONED, index: 1 });
		// The input is not changed.
		expect(ids(state).sections[0]?.lessonIds).toEqual(["a", "b", "c"]);
	});

	it("ignores unknown lessons and groups", () => {
		const state = sample();
		expect(moveLesson(state, "zz", "s1")).toBe(state);
		expect(moveLesson(state, "a", "zz")).toBe(state);
	});

	it("drops lessons into gaps counted before the move", () => {
		const state = sample();
		// a dropped into the gap after c (slot 3) of its own section ends last.
		expect(ids(dropLesson(state, "a", "s1", 3)).sections[0]?.lessonIds).toEqual(
			["b", "c", "a"],
		);
		// c dropped before a (slot 0).
		expect(ids(dropLesson(state, "c", "s1", 0)).sections[0]?.lessonIds).toEqual(
			["c", "a", "b"],
		);
		// Dropping into its own gap changes nothing.
		expect(dropLesson(state, "b", "s1", 1)).toBe(state);
		expect(dropLesson(state, "b", "s1", 2)).toBe(state);
		// Into another section at slot 0.
		expect(ids(dropLesson(state, "b", "s2", 0)).sections[1]?.lessonIds).toEqual(
			["b", "d"],
		);
	});

	it("drops sections into gaps", () => {
		const state = sample();
		expect(dropSection(state, "s1", 2).sections.map((s) => s.id)).toEqual([
			"s2",
			"s1",
		]);
		expect(dropSection(state, "s2", 0).sections.map((s) => s.id)).toEqual([
			"s2",
			"s1",
		]);
		expect(dropSection(state, "s1", 1)).toBe(state);
	});

	it("produces a body the API schema accepts, listing everything once", () => {
		let state = sample();
		state = moveSection(state, "s2", -1);
		state = moveLesson(state, "e", "s1", 1);
		state = moveLesson(state, "d", UNSECTIONED);
		const body = toCurriculumInput(state);
		expect(curriculumSchema.parse(body)).toEqual(body);
		expect(body).toEqual({
			sections: [
				{ id: "s2", lessonIds: [] },
				{ id: "s1", lessonIds: ["a", "e", "b", "c"] },
			],
			unsectionedLessonIds: ["d"],
		});
		const all = [
			...body.sections.flatMap((s) => s.lessonIds),
			...(body.unsectionedLessonIds ?? []),
		];
		expect(new Set(all).size).toBe(5);
	});

	it("compares orders", () => {
		const state = sample();
		expect(sameOrder(state, sample())).toBe(true);
		expect(sameOrder(state, moveLessonBy(state, "a", 1))).toBe(false);
	});
});

describe("reconcile", () => {
	it("keeps local moves, takes server titles, drops deleted and appends new items", () => {
		const local = moveSection(moveLesson(sample(), "c", "s2", 0), "s2", -1);
		const server = fromCourseDetail({
			sections: [
				{
					id: "s1",
					title: "One, renamed",
					order: 0,
					lessons: [lesson("a", "s1"), lesson("c", "s1"), lesson("f", "s1")],
				},
				{ id: "s2", title: "Two", order: 1, lessons: [lesson("d", "s2")] },
				{ id: "s3", title: "Three", order: 2, lessons: [lesson("g", "s3")] },
			],
			unsectionedLessons: [lesson("e")],
		});
		const next = reconcile(local, server);
		expect(next.sections.map((s) => s.title)).toEqual([
			"Two",
			"One, renamed",
			"Three",
		]);
		expect(toCurriculumInput(next)).toEqual({
			sections: [
				{ id: "s2", lessonIds: ["c", "d"] },
				{ id: "s1", lessonIds: ["a", "f"] },
				{ id: "s3", lessonIds: ["g"] },
			],
			unsectionedLessonIds: ["e"],
		});
	});

	it("moves the lessons of a deleted section where the server put them", () => {
		const local = moveLessonBy(sample(), "b", 1);
		const server = fromCourseDetail({
			sections: [{ id: "s2", title: "Two", order: 0, lessons: [lesson("d")] }],
			unsectionedLessons: [lesson("e"), lesson("a"), lesson("b"), lesson("c")],
		});
		expect(toCurriculumInput(reconcile(local, server))).toEqual({
			sections: [{ id: "s2", lessonIds: ["d"] }],
			unsectionedLessonIds: ["e", "a", "b", "c"],
		});
	});
});
