import { jsonError } from "@/lib/api-errors";
import { ensureDatabase } from "@/lib/migrate";
import { adapter } from "@/lib/stack";

/**
 * The benchmark's floors (`npm run bench`, only with `SCHOOL_BENCH=1`; a 404 otherwise), so each
 * endpoint's cost above the framework and the database driver is visible:
 *
 * - `/api/bench/json`: a route handler answering constant JSON (Next.js routing, the proxy);
 * - `/api/bench/query`: the same plus one trivial query (a course by id) through the BTST
 *   adapter the school uses, on the same pool.
 */
export const dynamic = "force-dynamic";

const CONSTANT = JSON.stringify({ ok: true });

export async function GET(
	_request: Request,
	{ params }: { params: Promise<{ floor: string }> },
): Promise<Response> {
	if (process.env.SCHOOL_BENCH !== "1")
		return jsonError(404, "not_found", "Not found.");
	const { floor } = await params;
	if (floor === "json")
		return new Response(CONSTANT, {
			headers: { "content-type": "application/json" },
		});
	if (floor === "query") {
		await ensureDatabase();
		const course = await adapter.findOne<{ id: string }>({
			model: "course",
			where: [{ field: "id", value: "bench-course-0" }],
		});
		return Response.json({ ok: true, found: !!course });
	}
	return jsonError(404, "not_found", "Not found.");
}
