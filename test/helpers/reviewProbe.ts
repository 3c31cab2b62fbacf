/**
 * An EIA-shaped text document whose answers are attacks on the review page: a `<script>`,
 * an attribute break-out with an `onerror` handler, a `javascript:` link. Each would set
 * `window.__xss` if it ran.
 */
export const PROBE_TEXT = `Equality Impact Assessment

Title of proposal: <script>window.__xss = 1</script>Library opening hours "><img src=x onerror="window.__xss=2">

Directorate: <a href="javascript:window.__xss=3">Communities</a>

Service: Libraries </textarea><script>window.__xss=4</script>

Lead officer: Jo Smith

Date of assessment: 12 March 2024

Purpose of the proposal: To change opening hours. javascript:alert(1)

Age: Negative - older people use the library in the mornings <b onmouseover=alert(1)>x</b>

Disability: Neutral - no change to access.

Race: Neutral - no impact.
`;
