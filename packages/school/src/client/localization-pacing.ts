/**
 * Pacing and managing learners (#19): lock reasons in the outline, the expired group of the
 * portal, and the course editor's pacing, bulk-enrollment and copy/transfer section. Merged into
 * `defaultSchoolLocalization` and overridden the same way as every other string.
 */
export const pacingLocalization = {
	// Outline and portal (learners)
	lockSequential: "Complete the previous lesson first",
	lockNotYetOpen: (date: string) => `Opens ${date}`,
	lockExpired: "Your access has ended",
	lockPrerequisites: "Complete the required courses first",
	prerequisitesTitle: "Complete these courses first",
	groupExpired: "Access ended",
	accessEndedOn: (date: string) => `Access ended on ${date}`,
	renewAccess: "Renew access",
	// Course editor: pacing
	tabPacing: "Pacing & learners",
	lessonDripDaysLabel: "Opens N days after enrollment (optional)",
	lessonDripDateLabel: "Opens on (optional, UTC)",
	pacingTitle: "Pacing",
	pacingSequentialLabel:
		"Lessons in order (each opens after the previous one is completed)",
	pacingAccessDaysLabel: "Access period in days (empty: no limit)",
	pacingPrerequisitesLabel: "Courses to complete first",
	pacingPrerequisiteModeLabel: "Prerequisites apply",
	pacingModeEnroll: "before enrolling",
	pacingModeStart: "before the first lesson",
	pacingSave: "Save pacing",
	pacingSaved: "Pacing saved",
	// Course editor: bulk enrollment
	bulkTitle: "Enroll learners",
	bulkEmailsLabel: "Emails (one per line, or commas)",
	bulkCsvLabel: "Or a CSV file (every cell that looks like an email counts)",
	bulkOverrideLabel: "Ignore capacity and prerequisites (admins)",
	bulkPreview: "Preview",
	bulkEnroll: "Enroll",
	bulkProgress: (done: string, total: string) => `${done} of ${total} emails`,
	bulkReport: "Report",
	bulkOutcomes: {
		enrolled: "Enrolled",
		renewed: "Renewed",
		already_enrolled: "Already enrolled",
		unknown_email: "Unknown email",
		invalid_email: "Not an email",
		over_capacity: "Over capacity",
		prerequisites_missing: "Missing prerequisites",
		failed: "Failed",
	} as Record<string, string>,
	// Course editor: copy and transfer
	transferTitle: "Copy and transfer",
	duplicateCourse: "Duplicate course",
	exportCourse: "Export (JSON)",
	importCourse: "Import a course (JSON)",
	importDone: (title: string) => `Imported “${title}” as a draft`,
	duplicateDone: (title: string) => `Created “${title}” as a draft`,
	openCopy: "Open the copy",
};
