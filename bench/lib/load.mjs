// @ts-check
/**
 * Load at a fixed concurrency with autocannon. Latencies are taken from every response
 * (autocannon's own summary has p50/p97.5/p99 but no p95), so the percentiles are exact.
 */
import autocannon from "autocannon";

/**
 * One request: what a target's `next()` hands out, different on every call where the scenario
 * rotates through learners, lessons or posts.
 * @typedef {object} Request
 * @property {"GET" | "POST" | "PUT"} [method]
 * @property {string} path
 * @property {Record<string, string>} [headers]
 * @property {string} [body]
 */

/**
 * @typedef {object} LoadResult
 * @property {number} requests
 * @property {number} rps
 * @property {number} p50
 * @property {number} p95
 * @property {number} p99
 * @property {number} max
 * @property {number} failures   non-2xx responses, errors and timeouts
 * @property {string} [failureSummary]  e.g. "HTTP 500 ×3, 2 timeouts"
 */

/**
 * @param {number[]} sorted
 * @param {number} p
 */
function percentile(sorted, p) {
	if (!sorted.length) return Number.NaN;
	const rank = Math.ceil((p / 100) * sorted.length) - 1;
	return /** @type {number} */ (
		sorted[Math.min(sorted.length - 1, Math.max(0, rank))]
	);
}

/**
 * @param {{ base: string, next: () => Request, connections: number, seconds: number }} options
 * @returns {Promise<LoadResult>}
 */
export async function measure({ base, next, connections, seconds }) {
	/** @type {number[]} */
	const latencies = [];
	/** @type {Map<number, number>} */
	const statuses = new Map();
	/** @type {(result: autocannon.Result) => void} */
	let done = () => {};
	/** @type {(error: Error) => void} */
	let fail = () => {};
	const finished = new Promise((resolve, reject) => {
		done = resolve;
		fail = reject;
	});
	const instance = autocannon(
		{
			url: base,
			connections,
			duration: seconds,
			timeout: 30,
			requests: [
				{
					setupRequest: (req) => {
						const r = next();
						return {
							...req,
							method: r.method ?? "GET",
							path: r.path,
							headers: {
								...(r.body ? { "content-type": "application/json" } : {}),
								...r.headers,
							},
							body: r.body,
						};
					},
				},
			],
		},
		(error, result) => (error ? fail(error) : done(result)),
	);
	instance.on("response", (_client, statusCode, _bytes, responseTime) => {
		latencies.push(responseTime);
		if (statusCode < 200 || statusCode >= 300)
			statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
	});
	const result = /** @type {autocannon.Result} */ (await finished);
	// No answer within a short window (the smoke run's are 0.5–1 s) may be one slow request, or
	// requests queued behind those an earlier window left running on the server (autocannon
	// stops without waiting for them). One more request, given autocannon's 30 s timeout, tells
	// that from a stuck server: only no answer to it is "no response".
	let straggling = 0;
	if (!latencies.length) {
		const answer = await straggler(base, next());
		if (answer) {
			latencies.push(answer.ms);
			if (answer.status < 200 || answer.status >= 300) {
				statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
				straggling = 1;
			}
		}
	}
	latencies.sort((a, b) => a - b);
	// No answer at all, even to the straggler (a stuck server), is a failure too.
	const failures =
		result.non2xx +
		result.errors +
		result.timeouts +
		straggling +
		(latencies.length ? 0 : 1);
	const failureSummary = [
		...[...statuses].map(([status, n]) => `HTTP ${status} ×${n}`),
		...(result.errors ? [`${result.errors} errors`] : []),
		...(result.timeouts ? [`${result.timeouts} timeouts`] : []),
		...(latencies.length ? [] : ["no response"]),
	].join(", ");
	return {
		requests: latencies.length,
		rps: latencies.length / (result.duration || seconds),
		p50: percentile(latencies, 50),
		p95: percentile(latencies, 95),
		p99: percentile(latencies, 99),
		max: latencies.at(-1) ?? Number.NaN,
		failures,
		...(failureSummary ? { failureSummary } : {}),
	};
}

/**
 * One request on its own, waiting as long as autocannon would: its time and status, or `null`
 * when it got no answer.
 * @param {string} base
 * @param {Request} r
 * @returns {Promise<{ ms: number, status: number } | null>}
 */
async function straggler(base, r) {
	const started = performance.now();
	try {
		const res = await fetch(`${base}${r.path}`, {
			method: r.method ?? "GET",
			headers: {
				...(r.body ? { "content-type": "application/json" } : {}),
				...r.headers,
			},
			body: r.body,
			signal: AbortSignal.timeout(30_000),
		});
		await res.arrayBuffer();
		return { ms: performance.now() - started, status: res.status };
	} catch {
		return null;
	}
}

/**
 * A rotating supply of requests: each call returns the next item, round and round.
 * @template T
 * @param {T[]} items
 * @param {(item: T, round: number) => Request} toRequest
 * @returns {() => Request}
 */
export function rotate(items, toRequest) {
	if (!items.length) throw new Error("Nothing to rotate through");
	let i = 0;
	return () => {
		const item = /** @type {T} */ (items[i % items.length]);
		const round = Math.floor(i / items.length);
		i++;
		return toRequest(item, round);
	};
}
