import { describe, expect, it } from "vitest";
import {
	buildLessonBody,
	formFromLesson,
} from "../src/client/components/instructor/lesson-form-model";
import type { LessonDetail } from "../src/types";

const video = {
	id: "l1",
	courseId: "c1",
	sectionId: null,
	title: "Welcome",
	type: "video",
	content: "",
	videoUrl: "/media/intro.webm",
	captionsUrl: null,
	captions: [{ language: "en", label: "English", url: "/media/intro.vtt" }],
	durationMins: 1,
	order: 0,
	isFreePreview: true,
	resources: [],
	quiz: null,
	createdAt: new Date(0).toISOString(),
	updatedAt: new Date(0).toISOString(),
} satisfies LessonDetail;

const bodyOf = (form: ReturnType<typeof formFromLesson>) => {
	const built = buildLessonBody(form);
	if (!built.ok) throw new Error("form refused");
	return built.body as Record<string, unknown>;
};

describe("lesson form: caption languages", () => {
	it("loads the lesson's tracks and sends them trimmed, without blank rows", () => {
		const form = formFromLesson(video);
		expect(form.captions).toEqual(video.captions);
		const body = bodyOf({
			...form,
			captions: [
				...form.captions,
				{ language: " de ", label: "Deutsch ", url: " /media/intro.de.vtt" },
				{ language: "", label: " ", url: "" },
			],
		});
		expect(body.captions).toEqual([
			{ language: "en", label: "English", url: "/media/intro.vtt" },
			{ language: "de", label: "Deutsch", url: "/media/intro.de.vtt" },
		]);
	});

	it("an emptied list removes the stored tracks; a lesson that never had any sends none", () => {
		expect(bodyOf({ ...formFromLesson(video), captions: [] }).captions).toEqual(
			[],
		);
		const none = formFromLesson({ ...video, captions: [] });
		expect(bodyOf(none)).not.toHaveProperty("captions");
		// Text lessons leave video fields as stored.
		expect(
			bodyOf({ ...formFromLesson(video), type: "text", body: "x" }),
		).not.toHaveProperty("captions");
	});
});
