/** Where a user lands after signing in when no page asked for them: staff on their dashboard. */
export function landingFor(roles: string[]): string {
	return roles.some((r) => r === "instructor" || r === "admin")
		? "/pages/learn/instructor"
		: "/pages/learn";
}
