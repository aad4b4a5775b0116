import { fireEvent, render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CatalogPage } from "../src/client/components/pages/catalog-page.internal";
import { useHydrated } from "../src/client/components/ui/use-hydrated";
import {
	API_BASE_PATH,
	API_BASE_URL,
	createTestQueryClient,
	renderWithSchool,
	SchoolTestProviders,
	stubFetch,
} from "./helpers/render";

function Probe() {
	return <p data-testid="probe">{useHydrated() ? "yes" : "no"}</p>;
}

describe("catalog filters before hydration", () => {
	it("useHydrated is false in the server render and true in the browser", () => {
		expect(renderToString(<Probe />)).toContain(">no<");
		render(<Probe />);
		expect(screen.getByTestId("probe").textContent).toBe("yes");
	});

	it("the server-rendered catalog's search and filters are disabled until hydrated", () => {
		const html = renderToString(
			<SchoolTestProviders
				queryClient={createTestQueryClient()}
				basePath="/pages"
				overrides={{
					school: { apiBaseURL: API_BASE_URL, apiBasePath: API_BASE_PATH },
				}}
			>
				<CatalogPage />
			</SchoolTestProviders>,
		);
		const container = document.createElement("div");
		container.innerHTML = html;
		const controls = [
			"catalog-search",
			"filter-category",
			"filter-tag",
			"filter-difficulty",
			"filter-price",
			"filter-rating",
			"catalog-sort",
		].map((id) => container.querySelector(`[data-testid="${id}"]`));
		expect(controls.every((c) => c?.hasAttribute("disabled"))).toBe(true);
	});
});

describe("catalog filters on phones", () => {
	it("fold behind a button that says how many are set and shows them", async () => {
		window.history.replaceState(null, "", "/pages/learn?difficulty=advanced");
		stubFetch({
			"GET /school/courses": {
				body: { items: [], total: 0, limit: 6, offset: 0 },
			},
			"GET /school/courses/facets": {
				body: { categories: [], tags: [], difficulties: [] },
			},
		});
		renderWithSchool(
			<CatalogPage initialFilters={{ difficulty: "advanced" }} />,
		);
		const toggle = await screen.findByTestId("catalog-filters-toggle");
		expect(toggle.textContent).toBe("Filters (1)");
		const menus = document.getElementById(
			toggle.getAttribute("aria-controls") ?? "",
		);
		expect(menus?.contains(screen.getByTestId("filter-difficulty"))).toBe(true);
		// Folded on phones (shown from the `sm` breakpoint up), open after the click.
		expect(toggle.getAttribute("aria-expanded")).toBe("false");
		expect(menus?.className).toContain("hidden sm:flex");
		fireEvent.click(toggle);
		expect(toggle.getAttribute("aria-expanded")).toBe("true");
		expect(menus?.className).not.toContain("hidden");
	});
});
