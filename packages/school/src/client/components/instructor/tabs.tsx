"use client";
import { type KeyboardEvent, type ReactNode, useEffect, useRef } from "react";
import { cn } from "../shared/cn.js";

export interface TabItem<K extends string> {
	key: K;
	label: string;
}

/**
 * An accessible tab list (WAI-ARIA tabs, automatic activation): arrow keys move between tabs
 * and select them, Home/End go to the ends; only the selected tab is in the Tab order.
 */
export function Tabs<K extends string>({
	id,
	label,
	tabs,
	selected,
	onSelect,
}: {
	id: string;
	label: string;
	tabs: TabItem<K>[];
	selected: K;
	onSelect: (key: K) => void;
}) {
	const refs = useRef(new Map<K, HTMLButtonElement>());
	// On a phone the list scrolls sideways: keep the selected tab in view (opening
	// "#analytics" or arrowing through the tabs must not leave it, or "Details", off-screen).
	useEffect(() => {
		const tab = refs.current.get(selected);
		const list = tab?.parentElement;
		if (!tab || !list || list.scrollWidth <= list.clientWidth) return;
		const left =
			tab.getBoundingClientRect().left -
			list.getBoundingClientRect().left +
			list.scrollLeft;
		if (left < list.scrollLeft) list.scrollLeft = left;
		else if (left + tab.offsetWidth > list.scrollLeft + list.clientWidth)
			list.scrollLeft = left + tab.offsetWidth - list.clientWidth;
	}, [selected]);
	const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
		const index = tabs.findIndex((tab) => tab.key === selected);
		let next = -1;
		if (event.key === "ArrowRight") next = (index + 1) % tabs.length;
		else if (event.key === "ArrowLeft")
			next = (index - 1 + tabs.length) % tabs.length;
		else if (event.key === "Home") next = 0;
		else if (event.key === "End") next = tabs.length - 1;
		if (next < 0) return;
		event.preventDefault();
		const key = (tabs[next] as TabItem<K>).key;
		onSelect(key);
		refs.current.get(key)?.focus();
	};
	return (
		<div
			role="tablist"
			aria-label={label}
			onKeyDown={onKeyDown}
			className="mb-6 flex gap-1 overflow-x-auto border-b border-border"
		>
			{tabs.map((tab) => {
				const active = tab.key === selected;
				return (
					<button
						key={tab.key}
						ref={(el) => {
							if (el) refs.current.set(tab.key, el);
							else refs.current.delete(tab.key);
						}}
						type="button"
						role="tab"
						id={tabId(id, tab.key)}
						aria-selected={active}
						aria-controls={panelId(id, tab.key)}
						tabIndex={active ? 0 : -1}
						data-testid={`tab-${tab.key}`}
						onClick={() => onSelect(tab.key)}
						className={cn(
							"-mb-px shrink-0 border-b-2 px-3 py-2 text-sm sm:px-4 font-medium whitespace-nowrap transition-colors",
							"rounded-t-md focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
							active
								? "border-primary text-foreground"
								: "border-transparent text-muted-foreground hover:text-foreground",
						)}
					>
						{tab.label}
					</button>
				);
			})}
		</div>
	);
}

export const tabId = (id: string, key: string) => `${id}-tab-${key}`;
export const panelId = (id: string, key: string) => `${id}-panel-${key}`;

export function TabPanel({
	id,
	tabKey,
	selected,
	children,
}: {
	id: string;
	tabKey: string;
	selected: boolean;
	children: ReactNode;
}) {
	return (
		<div
			role="tabpanel"
			id={panelId(id, tabKey)}
			aria-labelledby={tabId(id, tabKey)}
			hidden={!selected}
		>
			{children}
		</div>
	);
}
