"use client";

import { useCallback, useEffect, useId, useState } from "react";
import { authClient } from "@/lib/auth-client";

const ROLES = ["student", "instructor", "admin"] as const;
type Role = (typeof ROLES)[number];
const ROLE_LABEL: Record<Role, string> = {
	student: "Student",
	instructor: "Instructor",
	admin: "Admin",
};
const PAGE = 20;

interface Row {
	id: string;
	name: string;
	email: string;
	role: string;
	createdAt: string | Date;
}

const control =
	"h-10 rounded-md border border-border bg-background px-3 text-sm text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring";
const button =
	"inline-flex h-9 items-center justify-center rounded-md px-3 text-sm font-medium focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring disabled:opacity-50";

/**
 * Users and their roles, searched by email, a page at a time: `authClient.admin.listUsers` and
 * `authClient.admin.setRole` (better-auth's admin plugin, which checks the admin role on the
 * server). A role change is announced in a live region; an admin cannot demote themselves here,
 * so the school never loses its last admin by a slip.
 */
export function AdminUsers({ currentUserId }: { currentUserId: string }) {
	const id = useId();
	const [search, setSearch] = useState("");
	const [query, setQuery] = useState("");
	const [offset, setOffset] = useState(0);
	const [rows, setRows] = useState<Row[] | null>(null);
	const [total, setTotal] = useState(0);
	const [error, setError] = useState<string | null>(null);
	const [message, setMessage] = useState("");
	const [pendingId, setPendingId] = useState<string | null>(null);

	const load = useCallback(async () => {
		const { data, error } = await authClient.admin.listUsers({
			query: {
				limit: PAGE,
				offset,
				sortBy: "createdAt",
				sortDirection: "desc",
				...(query
					? {
							searchValue: query,
							searchField: "email" as const,
							searchOperator: "contains" as const,
						}
					: {}),
			},
		});
		if (error) {
			setError(error.message ?? "Could not load the users.");
			return;
		}
		setError(null);
		setRows(data.users as unknown as Row[]);
		setTotal(data.total);
	}, [offset, query]);

	useEffect(() => {
		void load();
	}, [load]);

	// Search once the typing pauses.
	useEffect(() => {
		const timer = setTimeout(() => {
			setQuery(search.trim().toLowerCase());
			setOffset(0);
		}, 300);
		return () => clearTimeout(timer);
	}, [search]);

	async function changeRole(row: Row, role: Role) {
		setPendingId(row.id);
		setMessage("");
		// The client's types know only better-auth's default roles ("admin" | "user"); the server,
		// configured without a `roles` list, stores any role name, and the school reads these three.
		const { error } = await authClient.admin.setRole({
			userId: row.id,
			role: role as "admin",
		});
		setPendingId(null);
		if (error) {
			setError(error.message ?? "The role was not changed.");
			return;
		}
		setMessage(`${row.name} is now ${ROLE_LABEL[role].toLowerCase()}.`);
		await load();
	}

	const pages = Math.max(1, Math.ceil(total / PAGE));
	const page = Math.floor(offset / PAGE) + 1;

	return (
		<section aria-labelledby={`${id}-heading`} className="space-y-4">
			<div className="flex flex-wrap items-end justify-between gap-3">
				<h2 id={`${id}-heading`} className="text-xl font-semibold">
					Users{" "}
					<span className="text-base font-normal text-muted-foreground">
						({total})
					</span>
				</h2>
				<label className="flex w-full max-w-sm flex-col gap-1 text-sm font-medium">
					Search by email
					<input
						type="search"
						className={control}
						data-testid="admin-user-search"
						value={search}
						onChange={(e) => setSearch(e.target.value)}
						placeholder="name@example.com"
					/>
				</label>
			</div>
			<p role="status" data-testid="admin-status" className="text-sm">
				{message}
			</p>
			{error ? (
				<p
					role="alert"
					className="rounded-md border border-destructive/40 bg-destructive/10 px-4 py-3 text-sm text-destructive"
				>
					{error}
				</p>
			) : null}
			{rows === null ? (
				<p className="text-muted-foreground">Loading…</p>
			) : rows.length === 0 ? (
				<p
					className="rounded-lg border border-dashed border-border p-8 text-center text-muted-foreground"
					data-testid="admin-no-users"
				>
					No user matches this search.
				</p>
			) : (
				<ul className="divide-y divide-border rounded-lg border border-border">
					{rows.map((row) => (
						<UserRow
							key={row.id}
							row={row}
							self={row.id === currentUserId}
							pending={pendingId === row.id}
							onRole={(role) => void changeRole(row, role)}
						/>
					))}
				</ul>
			)}
			{pages > 1 ? (
				<nav
					aria-label="Users"
					className="flex items-center justify-between gap-2"
				>
					<button
						type="button"
						className={`${button} border border-border`}
						disabled={offset === 0}
						onClick={() => setOffset(Math.max(0, offset - PAGE))}
					>
						Previous
					</button>
					<span className="text-sm text-muted-foreground">
						Page {page} of {pages}
					</span>
					<button
						type="button"
						className={`${button} border border-border`}
						disabled={page >= pages}
						onClick={() => setOffset(offset + PAGE)}
					>
						Next
					</button>
				</nav>
			) : null}
		</section>
	);
}

function UserRow({
	row,
	self,
	pending,
	onRole,
}: {
	row: Row;
	self: boolean;
	pending: boolean;
	onRole: (role: Role) => void;
}) {
	const current = (ROLES as readonly string[]).includes(row.role)
		? (row.role as Role)
		: "student";
	const [role, setRole] = useState<Role>(current);
	useEffect(() => setRole(current), [current]);
	const selectId = useId();
	return (
		<li
			className="flex flex-wrap items-center justify-between gap-3 px-4 py-3"
			data-testid="admin-user-row"
			data-email={row.email}
			data-role={current}
		>
			<div className="min-w-0">
				<p className="font-medium break-words">{row.name}</p>
				<p className="text-sm break-all text-muted-foreground">{row.email}</p>
			</div>
			<div className="flex items-center gap-2">
				<label htmlFor={selectId} className="sr-only">
					Role of {row.name}
				</label>
				<select
					id={selectId}
					className={control}
					data-testid="admin-role-select"
					value={role}
					disabled={self || pending}
					onChange={(e) => setRole(e.target.value as Role)}
				>
					{ROLES.map((r) => (
						<option key={r} value={r}>
							{ROLE_LABEL[r]}
						</option>
					))}
				</select>
				<button
					type="button"
					className={`${button} bg-primary text-primary-foreground hover:opacity-90`}
					data-testid="admin-save-role"
					disabled={self || pending || role === current}
					onClick={() => onRole(role)}
				>
					Save<span className="sr-only"> role of {row.name}</span>
				</button>
			</div>
		</li>
	);
}
