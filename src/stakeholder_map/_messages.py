"""The English source of every sentence and label users read.

Translations live in gettext catalogs, one per language
(``locale/<lang>/LC_MESSAGES/stakeholder_map.po``). ``scripts/catalogs.py`` extracts
the calls below with Babel: in ``_T(key, english)`` the key becomes the message's
context (``msgctxt``) and the English text its ``msgid``. :mod:`stakeholder_map.i18n`
loads this module on the first message asked for, so importing the package stays
fast.
"""

from __future__ import annotations

__all__ = [
    "LABELS",
    "PLURAL_SUFFIX",
    "QUADRANT_TITLES",
    "STRATEGIES",
    "TEXTS",
    "WORKSHOP",
]


def _T(key: str, message: str) -> tuple[str, str]:
    """Mark a message for extraction: ``key`` is its context, ``message`` English."""
    return key, message


# TRANSLATORS: the ending a plural noun takes in messages such as "3 problem{s}"
# (Dutch "en"); the message's count decides whether it is added.
PLURAL_SUFFIX = _T("plural_suffix", "s")[1]

#: Messages: sentences with ``{placeholders}`` filled in by ``text()``.
TEXTS: dict[str, str] = dict(
    (
        _T("the_input", "The input"),
        _T("problems_heading", "{where} has {n} problem{s}:"),
        _T("where_file", "file {file!r}"),
        _T("where_sheet", "sheet {sheet!r}"),
        _T("where_row", "row {row}"),
        _T("where_column", "column {column!r}"),
        _T("value", "value"),
        _T(
            "duplicate_id",
            "The id {id!r} is used more than once; give each its own id.",
        ),
        _T(
            "out_of_scale",
            "`{field}` must lie on the map's scale {scale}, but is {value:g}.",
        ),
        _T(
            "unknown_id",
            "`{field}` names {id!r}, which is not a stakeholder of the map. Use an "
            "id or a name from the stakeholders sheet.",
        ),
        _T(
            "unknown_interest",
            "{id!r} is not a theme of the map. Use an id or a name from the themes "
            "sheet.",
        ),
        _T("self_relation", "A relation cannot go from {id!r} to itself."),
        _T("pptx_view_power_interest", "power/interest grid"),
        _T("pptx_view_power_attitude", "power/attitude grid"),
        _T("pptx_slide", "slide {n} ({title})"),
        _T("ws_import_no_json", "This is no readable JSON file ({err})."),
        _T(
            "ws_import_not_ratings",
            "This is not a ratings file saved by the offline workshop page "
            "(write_workshop_page).",
        ),
        _T(
            "ws_import_wrong_map",
            "The ratings are for another map than this workshop's ({name!r}), or for "
            "another version of it. Import them into the workshop of the map the "
            "page was written from.",
        ),
        _T(
            "ws_import_no_submission",
            "The file has no submission id: save it again from the page.",
        ),
        _T(
            "ws_import_again",
            "These ratings were imported already; each file counts once.",
        ),
        _T("ws_import_no_name", "`participant` must be a non-empty name."),
        _T("ws_import_long_name", "`participant` may have at most {n} characters."),
        _T("ws_import_no_list", "`ratings` must be a list."),
        _T("ws_import_no_object", "Each rating must be an object."),
        _T(
            "ws_import_unknown_field",
            "Unknown field {field!r}: a rating holds stakeholder_id, power, "
            "interest, attitude, confidence and rationale.",
        ),
        _T("ws_import_unknown_id", "This is not a stakeholder of the map {name!r}."),
        _T(
            "ws_import_off_scale",
            "`{field}` must be a number between {lo:g} and {hi:g}.",
        ),
        _T("ws_import_rationale_text", "`rationale` must be text."),
        _T("ws_import_long_rationale", "`rationale` may have at most {n} characters."),
        _T("ws_import_no_files", "Give at least one ratings file."),
        _T("ws_import_files", "{n} files"),
        _T("pptx_view_unknown", "a grid"),
        _T(
            "pptx_broken_grid",
            "The grid's record in the alt text of its white panel is damaged. "
            "Restore the panel's alt text (or write the deck again with to_pptx and "
            "move the stakeholders there).",
        ),
        _T(
            "pptx_view_twice",
            "This grid is also on slide {other}: a copied slide cannot be told from "
            "the original. Delete one of the two slides.",
        ),
        _T(
            "pptx_broken_marker",
            "The record in the alt text of the marker {shape!r} is damaged. Restore "
            "its alt text, or delete the marker and move the original one.",
        ),
        _T(
            "pptx_marker_twice",
            "{id!r} has more than one marker on this slide (a copied shape?). Delete "
            "the copies so one marker is left.",
        ),
        _T("pptx_slides", "slides {a} and {b}"),
        _T(
            "pptx_off_grid",
            "The marker of {id!r} lies outside the grid. Drag it back onto the "
            "grid's white panel (its edge counts as the scale's end), or undo the "
            "move, and save the deck again.",
        ),
        _T(
            "pptx_unknown_id",
            "The deck has a stakeholder {id!r} the map does not have. Read the deck "
            "with the map it was written from (with profile 'internal', so the ids "
            "are the map's).",
        ),
        _T(
            "pptx_power_conflict",
            "The power of {id!r} was moved on both grids, to {a:g} and to {b:g}. Put "
            "its marker at the same height on both slides, or undo one of the moves.",
        ),
        _T(
            "pptx_unreadable",
            "This is not a PowerPoint file python-pptx can open ({err}). Give the "
            ".pptx file written by to_pptx.",
        ),
        _T(
            "pptx_no_grid",
            "This deck has no grid written by stakeholder_map's to_pptx (no shape "
            "carries its grid record). Write the deck with to_pptx (view 'grid' "
            "and/or 'attitude'), move the stakeholders, and read that deck.",
        ),
        _T("self_parent", "{id!r} cannot be its own parent."),
        _T(
            "duplicate_relation",
            "This relation ({source!r} -> {target!r}, {kind}) repeats an earlier one "
            "with the same kind, channel and id. Remove the repeat, or give parallel "
            "relations a different kind, channel or id.",
        ),
        _T("duplicate_stake", "The stance of {id!r} on {interest!r} is given twice."),
        _T("duplicate_assessment", "{rater!r} rated {id!r} twice on {date}."),
        _T(
            "duplicate_assessment_undated",
            "{rater!r} rated {id!r} twice, both times without a date. Add the dates "
            "or remove one of the rows.",
        ),
        _T(
            "unknown_category",
            "No stakeholder has the category {category!r}. Use one of {known}, or "
            "name a stakeholder instead.",
        ),
        _T("required", "A value is required here."),
        _T(
            "not_a_number",
            "Expected a number on the scale {scale} or one of the words {words}.",
        ),
        _T("not_a_date", "Expected a date such as 2026-03-15."),
        _T("not_a_bool", "Expected yes/no, true/false or 1/0."),
        _T("not_a_sign", "Expected +1 or -1."),
        _T("bad_choice", "Expected one of {choices}."),
        _T("out_of_range", "Expected a value between {lo} and {hi}."),
        _T("invalid", "{detail}"),
        _T(
            "unknown_column",
            "Unknown column {column!r}.{hint} Rename it, or pass "
            "`unknown_columns='ignore'` to skip it.",
        ),
        _T("did_you_mean", " Did you mean {suggestion!r}?"),
        _T(
            "few_raters",
            "quadrant_probability: only {n} rater(s) scored power and interest. With "
            "fewer than three raters the resampling is coarse (one rater gives 0 or "
            "100 % for everyone): read the probabilities as a rough guide.",
        ),
        _T(
            "missing_column",
            "The sheet needs a column {column!r} (or one of its aliases: {aliases}).",
        ),
        _T("missing_sheet", "The workbook needs a sheet named {names}."),
        _T("empty_file", "The file is empty."),
        _T("unreadable", "The file cannot be read: {detail}"),
        _T(
            "unknown_suffix",
            "Cannot tell the format of {path!r}: use .xlsx, .csv, .yaml, .yml or "
            ".json.",
        ),
        _T("file_not_found", "No file at {path!r}."),
        _T(
            "file_unreadable",
            "The file cannot be read ({kind}): {detail}. Check that it is a "
            "complete, unencrypted {fmt} file saved by the program that made it, or "
            "save it again from that program.",
        ),
        _T(
            "cli_unexpected",
            "Unexpected error ({kind}); this is a bug in stakeholder-map, please "
            "report it with the file that caused it.",
        ),
        _T(
            "ambiguous_name",
            "The name {name!r} fits several stakeholders ({ids}); use the id instead.",
        ),
        _T(
            "file_ok",
            "{path}: OK - {n_stakeholders} stakeholders, {n_relations} relations, "
            "{n_interests} themes, {n_assessments} assessments.",
        ),
        _T("demo_written", "Written to {out}:"),
        _T(
            "left_out",
            "Not scored yet, so left out of the figures that need the missing "
            "scores: {names}.",
        ),
        _T(
            "eigenvector_acyclic",
            "`{measure}`: eigenvector centrality is not defined for this network: it "
            "has no cycles (its largest eigenvalue is 0), so every score would be 0. "
            "The `{measure}` column is NaN; use `pagerank` instead.",
        ),
        _T(
            "eigenvector_not_unique",
            "`{measure}`: eigenvector centrality is not defined for this network: "
            "several of its strongly connected parts (groups that all reach each "
            "other) are equally strong, so no single ranking follows. The "
            "`{measure}` column is NaN; compute it per part or use `pagerank` "
            "instead.",
        ),
        _T(
            "eigenvector_not_converged",
            "`{measure}`: eigenvector centrality could not be computed for this "
            "network: neither the power iteration nor the eigensolver converged. The "
            "`{measure}` column is NaN; use `pagerank` instead.",
        ),
        _T(
            "too_few_nodes",
            "`{measure}` is not defined for a network of fewer than {needed} "
            "stakeholders (this one has {n}): {why}. The `{measure}` column is NaN.",
        ),
        _T(
            "why_degree_centrality",
            "it divides the degree by the number of others, n - 1 = 0",
        ),
        _T(
            "why_betweenness_norm",
            "it divides by the number of pairs of others, which is 0",
        ),
        _T("why_closeness", "there is no one else to be close to"),
        _T(
            "only_negative_ties",
            "`{measure}`: every relation selected is a negative tie (sign -1, e.g. "
            "conflict), and `negative_ties='exclude'` leaves those out, so the "
            "network has no ties. Pass `negative_ties='include'` to count them as "
            "ties.",
        ),
        _T(
            "modularity_undefined",
            "`modularity` is not defined for a network without ties of positive "
            "weight; it is NaN and every stakeholder is a community of its own.",
        ),
        _T("neutral_attitude", "neutral attitude"),
        _T(
            "blocker_opposed",
            "High power ({power:g} >= {threshold:g}) and opposed (attitude "
            "{attitude:+g}).",
        ),
        _T(
            "blocker_neutral",
            "High power ({power:g} >= {threshold:g}) and neutral (attitude 0): could "
            "still turn against the work.",
        ),
        _T(
            "strategy_key_ally",
            "Promote: give them a visible role and use their influence.",
        ),
        _T("strategy_key_neutral", "Persuade: win them over before opponents do."),
        _T(
            "strategy_key_opponent",
            "Defend: engage early, address their concerns and manage the risk.",
        ),
        _T("strategy_ally", "Mobilise: bring them together and amplify their voice."),
        _T("strategy_bystander", "Inform: keep them informed at little cost."),
        _T(
            "strategy_critic",
            "Monitor: listen to their concerns and watch for coalitions.",
        ),
        _T("top_n", "top {n}"),
        _T("ring_caption", "Arc width: power · depth: urgency · colour: proximity"),
        _T("priority_entry", "{rank}. {name} ({value:.2f})"),
        _T("net_balance", "net {value:+.0f}%"),
        _T(
            "strategy_not_assessed",
            "Assess power and interest first; until then, inform.",
        ),
        _T("strategy_saviour", "Saviour: keep them close and build on their support."),
        _T(
            "strategy_saboteur",
            "Saboteur: engage early and in person; deal with their objections.",
        ),
        _T(
            "strategy_sleeping_giant",
            "Sleeping giant: wake them up and turn their support into action.",
        ),
        _T(
            "strategy_time_bomb",
            "Time bomb: understand their objections and defuse them before they act.",
        ),
        _T("strategy_friend", "Friend: use them as a sounding board and ambassador."),
        _T(
            "strategy_irritant",
            "Irritant: listen, put things right and keep them informed.",
        ),
        _T(
            "strategy_acquaintance",
            "Acquaintance: keep them informed with little effort.",
        ),
        _T(
            "strategy_tripwire",
            "Tripwire: know their concerns so the work does not trip over them.",
        ),
        _T("message_concern", "Address their concerns about {themes}."),
        _T("message_support", "Show progress on {themes}."),
        _T("message_neutral", "Keep them up to date on {themes}."),
        _T("and", "and"),
        _T("or", "or"),
        _T("privacy_nothing", "Privacy profile {profile!r}: nothing removed."),
        _T("privacy_heading", "Privacy profile {profile!r} removed or replaced:"),
        _T(
            "privacy_replaced_names",
            "names of stakeholders replaced by codes or roles: {n}",
        ),
        _T("privacy_removed_map_description", "description of the map removed"),
        _T(
            "privacy_dropped_category_items",
            "planned items for a hidden category removed: {n}",
        ),
        _T("privacy_coded_rater", "names of raters replaced by codes: {n}"),
        _T(
            "privacy_coded_by",
            "names of colleagues who made a contact replaced by codes: {n}",
        ),
        _T(
            "privacy_coded_owner",
            "names of owners of planned communication replaced by codes: {n}",
        ),
        _T("privacy_dropped_category", "categories removed: {n}"),
        _T("privacy_dropped_short_name", "short names removed: {n}"),
        _T("privacy_dropped_description", "descriptions removed: {n}"),
        _T("privacy_dropped_tags", "tag lists removed: {n}"),
        _T("privacy_dropped_source", "sources removed: {n}"),
        _T("privacy_dropped_contact", "contact details removed: {n}"),
        _T(
            "privacy_dropped_personal_attributes",
            "values of one's own personal columns (contact, e-mail, phone, address) "
            "removed: {n}",
        ),
        _T("privacy_dropped_notes", "notes removed: {n}"),
        _T("privacy_dropped_assessed_on", "assessment dates removed: {n}"),
        _T("privacy_dropped_rationale", "rationales of ratings removed: {n}"),
        _T("privacy_dropped_topic", "topics of contacts removed: {n}"),
        _T("privacy_dropped_outcome", "outcomes of contacts removed: {n}"),
        _T("privacy_dropped_message", "planned messages removed: {n}"),
        _T("deck_subtitle", "{n} stakeholders"),
        _T("deck_privacy", "Privacy profile: {profile}"),
        _T("slide_table_page", "{title} ({page}/{pages})"),
        _T(
            "notes_grid",
            "Power/interest grid (Johnson & Scholes' adaptation of Mendelow 1981). "
            "High means a score >= the threshold: power >= {power:g}, interest >= "
            "{interest:g} (rule: {rule}). Every marker is a shape: drag it to a new "
            "place during the session.",
        ),
        _T(
            "notes_stacked",
            "Markers with the same scores are spread around their point so that each "
            "can be grabbed: {names}.",
        ),
        _T("notes_left_out", "Not on the grid (no power or interest score): {names}."),
        _T(
            "notes_attitude",
            "Power/attitude grid (after Bryson 2004; the six cell names are this "
            "library's). High power means power >= {power:g} (rule: {rule}); an "
            "attitude above 0 is supportive, 0 neutral, below 0 opposed. Every "
            "marker is a shape: drag it to a new place during the session.",
        ),
        _T(
            "notes_attitude_left_out",
            "Not on the grid (no power or attitude score): {names}.",
        ),
        _T(
            "notes_table",
            "Stakeholders sorted by quadrant, then by power and interest (highest "
            "first). Strategy per quadrant as in the grid's label set.",
        ),
        _T("notes_view", "Figure made with {function}."),
        _T(
            "unknown_view",
            "`views` may hold only {available}, but {view!r} was passed.{hint}",
        ),
        _T(
            "view_needs_plot",
            " The view {view!r} needs {function}, which this version does not have "
            "yet.",
        ),
        _T(
            "report_interactive_html_only",
            "`interactive=True` adds the interactive network to an HTML report only, "
            "but {name!r} was passed. Write a .html file, or leave `interactive` off.",
        ),
        _T(
            "pptx_missing",
            "Writing slides needs python-pptx: pip install 'stakeholder-map[pptx]'.",
        ),
        _T("report_title", "Stakeholder analysis: {name}"),
        _T("report_summary", "Summary"),
        _T(
            "report_summary_text",
            "{n_stakeholders} stakeholders, {n_relations} relations and "
            "{n_interests} themes, on a scale of {scale}.",
        ),
        _T("report_quadrant_count", "{label}: {n}"),
        _T("report_views", "Views"),
        _T("report_tables", "Tables"),
        _T("report_changes", "What changed"),
        _T("report_changes_since", "Compared with {previous}:"),
        _T("report_added", "New: {names}."),
        _T("report_removed", "No longer on the map: {names}."),
        _T("report_moved", "{name}: {before} -> {after}"),
        _T("report_no_changes", "No stakeholder changed quadrant."),
        _T("report_methods", "Methods and sources"),
        _T("report_privacy", "Privacy"),
        _T(
            "report_footer",
            "Made with stakeholder_map {version}; no data left this computer to make "
            "it.",
        ),
        _T(
            "method_grid",
            "Power/interest grid: the adaptation by Johnson & Scholes (Exploring "
            "Corporate Strategy) of Mendelow's (1981) power/dynamism matrix; "
            "quadrant names after PMBOK/Mind Tools, Eden & Ackermann (1998) call "
            "them players, context setters, subjects and crowd. A score equal to the "
            "threshold counts as high; thresholds used: power {power:g}, interest "
            "{interest:g}.",
        ),
        _T("method_view", "{title}: see the documentation of {function}."),
        _T(
            "xml_refused",
            "the XML declares a document type or entities ({detail}); they are "
            "refused, because expanding them can exhaust the computer's memory. "
            "Export the file again without a DTD.",
        ),
        _T(
            "two_table_drops",
            "{format} files hold stakeholders and relations only; left out: "
            "{dropped}. Use .xlsx, .json, .yaml or .graphml to keep them.",
        ),
        _T(
            "two_table_ignored",
            "Columns that are no stakeholder or relation field were left out of the "
            "{format} file: {columns}.",
        ),
        _T(
            "kumu_no_elements",
            'A Kumu blueprint is JSON with a list under "elements" or '
            '"connections" (a project export may hold them under "project"); '
            "this file has neither.",
        ),
        _T(
            "kumu_not_an_object",
            "Each item of the list under {table!r} must be an object with fields "
            'such as "label" or "from" and "to".',
        ),
        _T(
            "kumu_no_tables",
            "No sheet has Kumu's headers: `Label` for elements, `From` and `To` for "
            "connections (an `ID` column may come first). Kumu finds sheets by these "
            "headers, whatever their names.",
        ),
        _T(
            "kumu_ambiguous_label",
            "{label!r} is the label of several elements (ids {ids}), so it does not "
            "say which one is meant. Give the elements an `ID` column and use the "
            "IDs in `From` and `To`, as Kumu asks.",
        ),
        _T(
            "kumu_created",
            "{n} element(s) named in `From` or `To` have no row of their own; as "
            "Kumu does, they were created with that label as their name: {names}.",
        ),
        _T(
            "duplicate_column",
            "Columns {first!r} and {second!r} both hold `{field}`; keep one of them.",
        ),
        _T(
            "unnamed_column",
            "This column holds values but has no header; give it a header or clear it.",
        ),
        _T(
            "duplicate_sheet",
            "Sheets {first!r} and {second!r} both hold the {table}; keep one of them.",
        ),
        _T(
            "ignored_sheet",
            "Sheet {sheet!r} is not read: its name is not one of the known "
            "sheets.{hint}",
        ),
        _T("unknown_meta_key", "Unknown key {name!r}.{hint} Known keys: {keys}."),
        _T("duplicate_meta_key", "The key {name!r} is given more than once."),
        _T(
            "not_a_map",
            "Expected a stakeholder map (a mapping with keys such as 'name' and "
            "'stakeholders'), but found {found}.",
        ),
        _T("unknown_field", "Unknown field {field!r}.{hint}"),
        _T("too_long", "Expected at most {max} characters."),
        _T("not_a_whole_number", "Expected a whole number of at least {lo}."),
        _T("not_a_plain_number", "Expected a number."),
        _T("bad_scale", "The scale's minimum ({lo}) must be below its maximum ({hi})."),
        _T(
            "scale_label_outside",
            "Scale label point {point} lies outside the scale {scale}.",
        ),
        _T("score_words", "'low', 'medium', 'high'"),
        _T("one_target", "Give exactly one of {first!r} and {second!r}."),
        _T(
            "csv_drops",
            "A CSV file keeps only the stakeholders and relations: the {dropped} are "
            "not written. Write .xlsx, .yaml or .json to keep them.",
        ),
        _T(
            "csv_scale",
            "A CSV file does not keep the map's scale {scale}; read it back with "
            "`scale=({lo}, {hi})`.",
        ),
        _T(
            "workbook_not_csv",
            "This is an Excel workbook, not a CSV file: give it the suffix .xlsx.",
        ),
        _T(
            "relations_csv_only",
            "`relations` applies to CSV files only, but {path!r} is not a CSV file.",
        ),
        _T("bad_argument", "`{name}` must be one of {choices}, but got {value!r}."),
        _T(
            "over_limit",
            "{what} is {found}, over the limit of {limit}. If the file is genuine, "
            "raise the limit: skm.read(path, limits=skm.io.ReadLimits({name}=...)).",
        ),
        _T("limit_max_file_bytes", "The file's size in bytes"),
        _T("limit_max_rows", "The number of rows"),
        _T("limit_max_columns", "The number of columns"),
        _T("limit_max_cell_chars", "The length of this cell in characters"),
        _T("limit_max_depth", "The nesting depth of lists and mappings"),
        _T("limit_max_unzipped_bytes", "The workbook's unzipped size in bytes"),
        _T("limit_max_zip_ratio", "The compression ratio of the workbook part {part}"),
        _T("yaml_line", "line {line}"),
        _T(
            "duplicate_key",
            "The key {field!r} appears twice in the same mapping{where}; keep one of "
            "them.",
        ),
        _T(
            "undeclared_node",
            "The edge {source!r} -> {target!r} names the node {node!r}, which is not "
            "declared as a node; add the node or remove the edge.",
        ),
        _T("node_without_id", "nodes[{index}] has no 'id'; give every node an id."),
        _T(
            "xml_unsafe_text",
            "Holds the control character {char}, which {format} cannot store (a file "
            "in XML has no way to). Remove it, or write CSV, JSON or YAML, which "
            "keep it.",
        ),
        _T("xml_unsafe_more", "... and {n} more texts with control characters."),
        _T(
            "long_number",
            "A number of {digits} digits, more than a number in a map can have. "
            "Correct the value (a score is 1 to 5) or remove it.",
        ),
        _T(
            "node_link_shape",
            "Expected node-link JSON: an object with a list 'nodes' (and a list "
            "'links' or 'edges') of objects, but {where} is {kind}. Save the file "
            "again with networkx.node_link_data or the tool that made it.",
        ),
        _T("node_link_file", "the file"),
        _T("json_object", "an object"),
        _T("json_list", "a list"),
        _T("json_text", "a text"),
        _T("json_number", "a number"),
        _T("json_other", "{value}"),
        _T("json_missing", "missing"),
        _T(
            "ole2_workbook",
            "This is not an .xlsx workbook but an encrypted (password-protected) "
            "workbook or an old Excel 97-2003 .xls file. Open it in Excel, remove "
            "the password (File > Info > Protect Workbook) and save it as an Excel "
            "Workbook (.xlsx).",
        ),
        _T("wrong_encoding", "The file is in encoding {encoding}; save it as UTF-8."),
        _T(
            "bad_cell_uncached",
            "The cell holds the formula {value} but no stored value: open and save "
            "the file in Excel so the values are stored.",
        ),
        _T(
            "diff_heading",
            "What changed from {before!r}{before_date} to {after!r}{after_date}:",
        ),
        _T("diff_nothing", "No changes between {before!r} and {after!r}."),
        _T("diff_added", "{n} stakeholder{s} added: {names}."),
        _T("diff_removed", "{n} stakeholder{s} removed: {names}."),
        _T("diff_moved", "{n} stakeholder{s} moved to another quadrant:"),
        _T("diff_salience", "{n} stakeholder{s} changed salience class:"),
        _T(
            "diff_moved_item",
            "{name}: {before} → {after} ({power} {p0} → {p1}, {interest} {i0} → {i1})",
        ),
        _T(
            "diff_scores",
            "{n} stakeholder{s} with a score change of at least {min:g}:",
        ),
        _T("diff_fields", "{n} stakeholder{s} with other changes: {names}."),
        _T(
            "diff_relations",
            "Relations: {added} added, {removed} removed, {changed} changed.",
        ),
        _T("diff_more", ", and {n} more"),
        _T("compare_heading", "{n} maps compared: {names}."),
        _T("compare_groups", "Typical quadrant per {by}: {items}."),
        _T(
            "compare_common",
            "{n} stakeholder{s} in at least {share:.0%} of the maps: {names}.",
        ),
        _T("compare_unique", "Only in {map!r}: {names}."),
        _T("tpl_participant", "Participant {n}"),
        _T("tpl_guide_sheet", "How to"),
        _T("tpl_lists_sheet", "lists"),
        _T(
            "tpl_categories",
            "government, health care, welfare, education, childcare, parents, civil "
            "society, culture, leisure, partnership",
        ),
        _T("tpl_choice_title", "Choose from the list"),
        _T(
            "tpl_choice_error",
            "Choose a value from the list (click the arrow next to the cell).",
        ),
        _T(
            "tpl_choice_warn",
            "This value is not in the list. Keep it only if you mean a new one.",
        ),
        _T("tpl_choice_prompt", "Choose from the list."),
        _T("tpl_number_title", "Number on the scale"),
        _T("tpl_number_error", "Enter a number from {lo:g} to {hi:g}."),
        _T("tpl_score_prompt", "{lo:g} = low ... {hi:g} = high"),
        _T(
            "tpl_attitude_prompt",
            "-2 strongly opposed ... 0 neutral ... +2 strongly supportive",
        ),
        _T("tpl_yes_no", "yes,no"),
        _T("tpl_date_title", "Date"),
        _T("tpl_guide_title", "Stakeholder map workshop: {title}"),
        _T(
            "tpl_guide_read",
            "Fill in this workbook during the workshop, save it, and read it with "
            'stakeholder_map: skm.read("{file}").',
        ),
        _T(
            "tpl_guide_stakeholders",
            "Sheet '{sheet_stakeholders}': one row per stakeholder (organisation, "
            "group or person). Only the name is required; leave any other cell empty "
            "when you do not know.",
        ),
        _T(
            "tpl_guide_scores",
            "Scores (power, interest, legitimacy, urgency, proximity) run from "
            "{lo:g} (low) to {hi:g} (high); attitude from -2 (strongly opposed) to "
            "+2 (strongly supportive).",
        ),
        _T(
            "tpl_guide_relations",
            "Sheet '{sheet_relations}': who works with, funds, informs or advises "
            "whom. Choose both stakeholders from the list.",
        ),
        _T(
            "tpl_guide_themes",
            "Sheets '{sheet_interests}' and '{sheet_stakes}': the themes at stake "
            "and where each stakeholder stands on them.",
        ),
        _T(
            "tpl_guide_assessments",
            "Sheet '{sheet_assessments}': every participant gives their own scores; "
            "put your name under rater. The scores are combined afterwards, so no "
            "single voice decides.",
        ),
        _T(
            "tpl_guide_raters",
            "Sheet '{sheet_assessments}': every participant has rows of their own, "
            "one per stakeholder. Filter the rater column on your name and fill in "
            "your scores; leave a row empty when you do not know.",
        ),
        _T("tpl_rater_sheet", "assessment {name}"),
        _T(
            "tpl_guide_rater_sheets",
            "Sheets {rater_sheets}: one per participant, with a row per stakeholder. "
            "Fill in your own sheet; leave a row empty when you do not know. The "
            "sheet's name says who rated, so the rater column may stay empty. For "
            "one more participant, copy a sheet, name the copy '{rater_sheet}' with "
            "their name instead of the dots, and empty its rater column.",
        ),
        _T(
            "tpl_guide_meta",
            "Sheet '{sheet_meta}': the name of the map, its language, the date and "
            "the scale. Do not change the scale once scores are filled in.",
        ),
        _T(
            "tpl_guide_lists",
            "Cells with a list: click the cell and choose. Score cells only accept "
            "numbers on the scale.",
        ),
        _T(
            "tpl_guide_keep",
            "Keep the sheet names and the column headers as they are.",
        ),
        _T("flow_step_one", "1 step"),
        _T("flow_steps", "{n} steps"),
        _T("flow_title", "Information from {source}"),
        _T("network_title", "Partner network"),
        _T("gap_title", "Rated power and influence in the network"),
        _T("tower_title", "Tower: {field}"),
        _T(
            "repr_not_scored",
            "{n} stakeholder{s} without power or interest, so not on the grid: "
            "{names}.",
        ),
        _T("repr_no_attitude", "{n} stakeholder{s} without an attitude: {names}."),
        _T("repr_no_relations", "{n} stakeholder{s} without any relation: {names}."),
        _T(
            "repr_duplicate_names",
            "The name {name!r} is used by {n} stakeholders ({ids}); is it the same "
            "one?",
        ),
        _T(
            "repr_unused_themes",
            "{n} theme{s} on which no stakeholder takes a stance: {names}.",
        ),
        _T(
            "repr_unrepresented",
            "{n} target group{s} with fewer representatives than needed: {names}.",
        ),
        _T("repr_rows_shown", "The first {shown} of {n} stakeholders are shown."),
        _T("repr_no_stakeholders", "The map has no stakeholders yet."),
        _T("inet_edge", "{source} → {target}"),
        _T("inet_edge_mutual", "{source} ↔ {target}"),
        _T(
            "bad_cell_error",
            "The cell holds Excel's error value {value}: its formula failed. Correct "
            "the formula, or type the value, or clear the cell.",
        ),
        _T(
            "bad_cell_unreadable",
            "The cell is stored as a number but holds {value!r}. Type the value "
            "again in Excel (or clear the cell) and save.",
        ),
        _T(
            "ambiguous_column",
            "The header {column!r} could mean {fields}. Rename the column to one of "
            "them, or to a name of your own to keep it as your own column.",
        ),
        _T(
            "attitude_mixed_scale",
            "The column mixes attitudes on -2..+2 with values above 2 ({values}). "
            "Use -2..+2 (or the words {words}) or 1..5 throughout, or declare the "
            "scale in the meta sheet (`attitude_scale`: 1..5).",
        ),
        _T(
            "attitude_outside_scale",
            "The column's attitudes are read on the declared scale {scale}, but this "
            "value lies outside it.",
        ),
        _T(
            "note_attitude_scale",
            "{where}: the attitudes lie on 1..5 and were read as such (1 = strongly "
            "opposed, 3 = neutral, 5 = strongly supportive).",
        ),
        _T(
            "note_unknown_scores",
            "{where}: {count} cell(s) say the value is not known ({words}) and were "
            "left empty: {rows}.",
        ),
        _T("bad_attitude_scale", "Expected a scale such as 1..5 or -2..2."),
        _T(
            "duplicate_kind",
            "The relation kind {kind!r} is declared more than once; keep one row for "
            "it.",
        ),
        _T("cli_kept_columns", "Columns of your own kept with the {table}: {columns}."),
        _T("cli_own_kinds", "Relation kinds of your own: {kinds}."),
        _T(
            "cli_unknown_stakeholder",
            "`{option}`: no stakeholder has the id, name or short name {name!r}.",
        ),
        _T("cli_usage", "Usage:"),
        _T("cli_try_help", "Try '{command}' for help."),
        _T("cli_error", "Error: {message}"),
        # Click's usage errors, matched in English and said in the command's
        # language (cli.py, _CLICK); the English is click's own.
        # TRANSLATORS: "," where numbers are written 0,5 (Dutch, French), else ".".
        _T("decimal_separator", "."),
        _T("cli_usage_options", "[OPTIONS]"),
        _T("cli_usage_command", "COMMAND [ARGS]..."),
        _T("click_no_such_option", "No such option: {option}"),
        _T("click_no_such_command", "No such command '{command}'."),
        _T("click_missing_option", "Missing option '{option}'."),
        _T("click_missing_argument", "Missing argument '{argument}'."),
        _T("click_missing_command", "Missing command."),
        _T("click_option_needs_value", "Option '{option}' requires an argument."),
        _T("click_option_no_value", "Option '{option}' does not take a value."),
        _T("click_extra_arguments", "Got unexpected extra arguments ({arguments})"),
        _T(
            "click_not_one_of",
            "Invalid value for '{option}': {value} is not one of {choices}.",
        ),
        _T(
            "click_not_an_integer",
            "Invalid value for '{option}': {value} is not a valid integer.",
        ),
        _T(
            "click_not_a_number",
            "Invalid value for '{option}': {value} is not a valid float.",
        ),
        _T(
            "click_not_in_range",
            "Invalid value for '{option}': {value} is not in the range {range}.",
        ),
        _T(
            "click_expected_integer",
            "Invalid value for '{option}': Input should be a valid integer.",
        ),
        _T(
            "click_expected_number",
            "Invalid value for '{option}': Input should be a valid number.",
        ),
        _T(
            "click_expected_at_least",
            "Invalid value for '{option}': Input should be greater than or equal to "
            "{minimum}",
        ),
        _T("click_invalid_value", "Invalid value for '{option}': {detail}"),
        _T("click_possible_options", "(Possible options: {options})"),
        _T("click_did_you_mean", "Did you mean {suggestion}?"),
        _T(
            "cli_unknown_hue",
            "`--hue`: the stakeholders have no column {name!r}. Columns to colour "
            "by: {columns}.",
        ),
        _T(
            "cli_bad_suffix",
            "`{option}` must end in {listed}, but {name!r} was passed.",
        ),
        _T(
            "cli_interactive_html",
            "`--interactive` needs an .html report, but {name!r} was passed.",
        ),
        _T(
            "cli_rater_sheets_need_raters",
            "`--rater-sheets` needs `--raters N`: the number of participants.",
        ),
        _T(
            "cli_converted_profile",
            "Written with the privacy profile {profile!r}: contacts and notes are "
            "left out (and with 'public', people are pseudonymised). Pass --profile "
            "internal to keep everything.",
        ),
        _T(
            "kumu_view_title",
            "Power/interest grid of {name!r} for Kumu, written by stakeholder_map.",
        ),
        _T(
            "kumu_view_paste",
            "Import the map written by `stakeholder-map convert` (or write_kumu) "
            "into Kumu, open the view's Advanced Editor and paste this text in place "
            "of what it holds.",
        ),
        _T(
            "kumu_view_unplaced",
            "Elements without a power or interest score, so without a place on the "
            "grid (Kumu draws them grey): {count}.",
        ),
        _T(
            "cli_kumu_view_needs_kumu",
            "`--kumu-view` needs a Kumu output (.kumu.xlsx or .kumu.json), but "
            "{name!r} was passed.",
        ),
        _T("score_engagement_current", "current engagement"),
        _T("score_engagement_desired", "desired engagement"),
        _T(
            "view_left_out",
            "{view} left out: no stakeholder has a score for {scores} yet.",
        ),
        _T(
            "view_left_out_together",
            "{view} left out: no stakeholder has scores for {scores} together yet.",
        ),
        _T("view_left_out_relations", "{view} left out: the map has no relations yet."),
        _T(
            "left_out_count",
            "Not scored yet, so left out of the figures that need the missing "
            "scores: {n} stakeholder{s}, among them {names}.",
        ),
        _T("left_out_rest", "`stakeholder-map validate {file}` lists all of them."),
        _T("cli_not_scored", "Not scored yet ({score}): {names}."),
        _T(
            "cli_not_scored_anyone",
            "Not scored yet ({score}): no stakeholder has this score yet.",
        ),
        _T("alt_figure", "{title}, {n} stakeholder{s}. {parts}."),
        _T("alt_and_more", "and {n} more"),
        _T("alt_ranked", "{title}, {n} stakeholder{s}, highest first: {top}."),
        _T(
            "alt_network",
            "{title}: {n} stakeholder{s}, {relations} relations. Most relations: "
            "{top}.",
        ),
        _T("alt_alone", "Without relations: {n} ({names})."),
        _T("alt_plain", "{title}, {n} stakeholder{s}."),
        _T("alt_class", "Class"),
        _T("alt_relations", "Relations"),
        _T("figure_data", "The data of this figure"),
        _T("ws_participants", "Deelnemers / participants: {url}   code: {code}"),
        _T("ws_facilitator", "Facilitator: {url}"),
        _T(
            "ws_stop_hint",
            "The ratings are saved in {db} as they come in. Press Ctrl-C to stop; "
            "`serve` with the same `--db` resumes the workshop.",
        ),
        _T("ws_resumed", "Resuming the workshop in {db}: {n} participant{s} so far."),
        _T(
            "ws_lan_note",
            "Phones on the same Wi-Fi can join. Anyone on this network can open the "
            "address; the join code keeps others out, and the facilitator address "
            "must stay secret.",
        ),
        _T(
            "ws_no_network",
            "No local network found: only this computer can reach {url}.",
        ),
        _T("ws_stopped", "Stopped. The ratings are kept in {db}."),
        _T(
            "ws_missing_extra",
            "The workshop server needs {missing}. Install it with: pip install "
            '"stakeholder-map[workshop]"',
        ),
        _T(
            "ws_no_db",
            "No workshop database at {db!r}. Check the path, or start a workshop "
            "with `stakeholder-map workshop serve MAP --db {db}`.",
        ),
        _T(
            "ws_not_a_workshop",
            "{db!r} is not a workshop database ({detail}). Pass the `--db` file that "
            "`stakeholder-map workshop serve` made.",
        ),
        _T(
            "ws_need_map",
            "{db!r} holds no workshop yet: give the map to rate, e.g. "
            "`stakeholder-map workshop serve kaart.xlsx --db {db}`.",
        ),
        _T(
            "ws_other_map",
            "{db!r} already holds a workshop on the map {stored!r}, and {file!r} "
            "differs from it (stakeholders, scores or other cells changed). Leave "
            "out the map file to resume that workshop, or use another `--db` file to "
            "start a new one.",
        ),
        _T(
            "ws_port_taken",
            "Cannot listen on {host}:{port} ({detail}). Another program may use the "
            "port: choose another with `--port`, or `--port 0` for a free one.",
        ),
        _T(
            "ws_export_suffix",
            "`--output` must end in .xlsx, .yaml, .yml or .json, which hold the "
            "ratings as assessments, but {name!r} was passed. (A CSV file holds only "
            "stakeholders and relations, so the ratings would be lost.)",
        ),
        _T(
            "ws_exported",
            "{path}: {n} assessment{s} from {raters} participant(s) added to the map "
            "{name!r}.",
        ),
        _T(
            "ws_pptx_need_map",
            "There is no map at {output!r} to add the ratings to. Give the map the "
            "deck was made from with `--map kaart.xlsx`, or let `--output` name that "
            "map.",
        ),
        _T(
            "ws_pptx_no_rater",
            "`--rater` is empty: say who placed the stakeholders, e.g. --rater "
            '"Stuurgroep 12/3".',
        ),
        _T("ws_pptx_read", "{path}: {n} assessment{s} by {rater!r} read from {deck}."),
        _T("ws_page_suffix", "`--output` must end in .html, but {name!r} was passed."),
        _T(
            "ws_page_written",
            "{path}: the offline page of the map {name!r}. Send it to the "
            "participants; import the files they save with `stakeholder-map workshop "
            "import FILES --db workshop.sqlite`.",
        ),
        _T(
            "ws_import_need_map",
            "{db!r} holds no workshop yet: give the map of the page with `--map "
            "kaart.xlsx`, or import into the `--db` file of a workshop that `serve` "
            "started.",
        ),
        _T("ws_imported", "{file}: {n} rating(s) of {participant!r} imported."),
        _T(
            "ws_import_next",
            "Write them into the map with `stakeholder-map workshop export --db {db} "
            "-o kaart-na-workshop.xlsx`.",
        ),
        # Warnings (StakeholderMapWarning and its kinds), in the map's language.
        _T(
            "warn_unassessed",
            "{count} stakeholder(s) without {columns} are left out of the "
            "{analysis}: {names}. Score them to include them.",
        ),
        _T(
            "warn_engagement_unassessed",
            "{count} stakeholder(s) without `engagement_current` or "
            "`engagement_desired` are left out of the engagement matrix: {names}. "
            "Record both levels to include them.",
        ),
        _T(
            "warn_support_unassessed",
            "Stakeholders are left out of the support balance, {problems}. Score "
            "them to include them.",
        ),
        _T("warn_support_without", "without `{field}`: {names}"),
        _T(
            "warn_brokerage_no_group",
            "{count} stakeholder(s) have no `{group}`; each counts as a group of its "
            "own in the brokerage roles: {missing}.",
        ),
        _T(
            "warn_compare_scales",
            "The maps use different scales; scores are rescaled to the first map's "
            "scale {scale}.",
        ),
        _T(
            "warn_timeline_scales",
            "The maps use different scales ({scale} and {other}); the later map's "
            "scores are rescaled to {scale}.",
        ),
        _T(
            "warn_captions_left_out",
            "{count} caption(s) do not fit inside their cell, even wrapped and at "
            "{size} pt, and are not drawn: {names}. Use a larger figure, or "
            "thresholds further from the end of the scale.",
        ),
        _T(
            "warn_labels_left_out",
            "{count} label(s) found no room and are left out: {names}. Use a larger "
            "figure, a smaller `fontsize`, or fewer labels.",
        ),
        _T(
            "warn_timeline_rows",
            "{count} stakeholder(s) do not fit in `max_rows={max_rows}` and are left "
            "out of the timeline: {names}. Raise `max_rows` or pass `stakeholders`.",
        ),
        # Words of one's own (stakeholder_map.vocabulary, the words sheet)
        _T("words_problems", "The words could not be added ({n} problem{s}):"),
        _T(
            "words_not_a_mapping",
            "Expected a mapping of kinds of words to words, such as {{'columns': "
            "{{'power': ['zeggenschap']}}}}, but got a {found}.",
        ),
        _T(
            "words_unknown_section",
            "{section!r} is no kind of word. Kinds of words: {known}.{hint}",
        ),
        _T(
            "words_unknown_table",
            "No table {table!r} has columns. Tables: {known}.{hint}",
        ),
        _T("words_shape", "`{section}` takes {shape}, but got {found!r}."),
        _T(
            "words_shape_grouped",
            "a mapping of each meaning to its words, e.g. {example}",
        ),
        _T(
            "words_shape_words", "a mapping of each word to its meaning, e.g. {example}"
        ),
        _T("words_shape_list", "a list of words, e.g. {example}"),
        _T(
            "words_not_a_word",
            "A word must be a text with a letter or digit, but got {value!r}.",
        ),
        _T("words_bad_meaning", "{word!r} cannot mean {meaning!r}: give {expected}."),
        _T(
            "words_expected_sheets",
            "a table such as 'stakeholders', or a sheet name it has, such as 'actoren'",
        ),
        _T(
            "words_expected_columns",
            "a column such as 'power', or a header it has, such as 'macht'",
        ),
        _T(
            "words_expected_scores",
            "a fraction of the scale from 0 (lowest) to 1 (highest), or a score "
            "word such as 'hoog'",
        ),
        _T(
            "words_expected_attitudes",
            "a number from -2 (strongly opposed) to 2 (strongly supportive), or an "
            "attitude word such as 'voor'",
        ),
        _T("words_expected_choice", "one of {choices}, or a word for one of them"),
        _T(
            "words_expected_booleans",
            "yes or no (true or false), or a word such as 'ja'",
        ),
        _T("words_expected_unknown", "nothing (leave the meaning empty)"),
        _T(
            "words_conflict",
            "{word!r} already means {old}, so it cannot also mean {new}. Choose "
            "another word, or leave this one out.",
        ),
        _T("words_means_sheet", "the sheet of the table `{table}`"),
        _T("words_means_column", "the column `{field}` of the table `{table}`"),
        _T("words_means_score", "the score at {value} of the scale"),
        _T("words_means_attitude", "the attitude {value}"),
        _T("words_means_choice", "`{field}` {value!r}"),
        _T("words_means_yes", "yes"),
        _T("words_means_no", "no"),
        _T("words_means_unknown", "'not known'"),
        _T("words_sheet_kind", "Say what kind of word this is: one of {known}.{hint}"),
        _T(
            "words_sheet_no_word",
            "The row has no word: give the word, or clear the row.",
        ),
        _T(
            "words_sheet_headers",
            "The sheet of words needs the columns {columns} (one row per word), "
            "but its first row holds {found}.",
        ),
        _T(
            "tpl_guide_words",
            "Sheet '{sheet_words}' (optional): words of your own that this "
            "workbook uses, one row per word: its kind (column, score, attitude, "
            "...), the word, and what it means, e.g. column | zeggenschap | power, "
            "or score | heel veel | high. Leave it empty if the usual words do.",
        ),
    )
)

#: Labels of fields and enum values, looked up by ``label()``.
LABELS: dict[str, str] = dict(
    (
        _T("power", "Power"),
        _T("interest", "Interest"),
        _T("attitude", "Attitude"),
        _T("legitimacy", "Legitimacy"),
        _T("urgency", "Urgency"),
        _T("proximity", "Proximity"),
        _T("category", "Category"),
        _T("name", "Name"),
        _T("quadrant", "Quadrant"),
        _T("strategy", "Strategy"),
        _T("stakeholder", "Stakeholder"),
        _T("stakeholders", "stakeholders"),
        _T("relations", "relations"),
        _T("interests", "themes"),
        _T("stakes", "stakes"),
        _T("assessments", "assessments"),
        _T("not_assessed", "not assessed"),
        _T("other_labels", "Numbered labels"),
        _T("attitude_-2", "Strongly opposed"),
        _T("attitude_-1", "Opposed"),
        _T("attitude_0", "Neutral"),
        _T("attitude_1", "Supportive"),
        _T("attitude_2", "Strongly supportive"),
        _T("unaware", "Unaware"),
        _T("resistant", "Resistant"),
        _T("neutral", "Neutral"),
        _T("supportive", "Supportive"),
        _T("leading", "Leading"),
        _T("inform", "Inform"),
        _T("consult", "Consult"),
        _T("involve", "Involve"),
        _T("collaborate", "Collaborate"),
        _T("empower", "Empower"),
        _T("authority", "Authority"),
        _T("funding", "Funding"),
        _T("information", "Information"),
        _T("advice", "Advice"),
        _T("collaboration", "Collaboration"),
        _T("conflict", "Conflict"),
        _T("membership", "Membership"),
        _T("other", "Other"),
        _T("meeting", "Meeting"),
        _T("email", "Email"),
        _T("newsletter", "Newsletter"),
        _T("phone", "Phone"),
        _T("social_media", "Social media"),
        _T("website", "Website"),
        _T("in_person", "In person"),
        _T("daily", "Daily"),
        _T("weekly", "Weekly"),
        _T("biweekly", "Every two weeks"),
        _T("monthly", "Monthly"),
        _T("quarterly", "Quarterly"),
        _T("yearly", "Yearly"),
        _T("ad_hoc", "Ad hoc"),
        _T("dormant", "Dormant"),
        _T("discretionary", "Discretionary"),
        _T("demanding", "Demanding"),
        _T("dominant", "Dominant"),
        _T("dangerous", "Dangerous"),
        _T("dependent", "Dependent"),
        _T("definitive", "Definitive"),
        _T("non_stakeholder", "Non-stakeholder"),
        _T("latent", "Latent"),
        _T("expectant", "Expectant"),
        _T("none", "None"),
        _T("salience", "Salience"),
        _T("saviour", "Saviour"),
        _T("friend", "Friend"),
        _T("saboteur", "Saboteur"),
        _T("irritant", "Irritant"),
        _T("sleeping_giant", "Sleeping giant"),
        _T("acquaintance", "Acquaintance"),
        _T("time_bomb", "Time bomb"),
        _T("tripwire", "Tripwire"),
        _T("backers", "Backers"),
        _T("blockers", "Blockers"),
        _T("active", "Active (high interest)"),
        _T("passive", "Passive (low interest)"),
        _T("key_ally", "Key ally"),
        _T("key_neutral", "Influential neutral"),
        _T("key_opponent", "Key opponent"),
        _T("ally", "Ally"),
        _T("bystander", "Bystander"),
        _T("critic", "Critic"),
        _T("opposed", "Opposed"),
        _T("priority", "Priority"),
        _T("rank", "Rank"),
        _T("raise", "Raise engagement"),
        _T("lower", "Lower engagement"),
        _T("maintain", "Maintain"),
        _T("under", "Less than recommended"),
        _T("over", "More than recommended"),
        _T("match", "As recommended"),
        _T("engagement_current", "Current"),
        _T("engagement_desired", "Desired"),
        _T("mark_current", "C"),
        _T("mark_desired", "D"),
        _T("participation", "Participation"),
        _T("support", "Support"),
        _T("opposition", "Opposition"),
        _T("overall", "Overall"),
        _T("power_share", "Share of power"),
        _T("influence", "Influence"),
        _T("view_power_interest", "Power and interest"),
        _T("view_salience", "Salience (Mitchell, Agle & Wood)"),
        _T("view_attitude_grid", "Power and attitude"),
        _T("view_stakeholder_cube", "Stakeholder cube (Murray-Webster & Simon)"),
        _T("view_priority", "Priority"),
        _T("view_engagement_matrix", "Engagement assessment matrix"),
        _T("view_support_balance", "Support, weighted by power"),
        _T("view_onion", "Onion diagram"),
        _T("outgoing", "Outgoing"),
        _T("incoming", "Incoming"),
        _T("mutual", "Mutual"),
        _T("backer", "Backer"),
        _T("blocker", "Blocker"),
        _T("not_assessed_quadrant", "Not assessed"),
        _T("rules", "Default rules"),
        _T("plan", "Plan"),
        _T("plan+rules", "Plan and default rules"),
        _T("under_served", "Under-served"),
        _T("never_contacted", "Never contacted"),
        _T("on_track", "On track"),
        _T("over_served", "Over-served"),
        _T("no_plan", "No plan"),
        _T("improving", "Improving"),
        _T("stable", "Stable"),
        _T("worsening", "Worsening"),
        _T("missing", "Missing"),
        _T("under_represented", "Under-represented"),
        _T("not_engaged", "Not engaged"),
        _T("engaged", "Engaged"),
        _T("segment", "Target group"),
        _T("no_category", "No category"),
        _T("attitude_group", "Attitude"),
        _T("channels", "Channels"),
        _T("channel", "Channel"),
        _T("frequency", "Frequency"),
        _T("key_message", "Key message"),
        _T("owner", "Owner"),
        _T("source", "Source"),
        _T("start", "Start"),
        _T("planned_frequency", "Planned frequency"),
        _T("interval_days", "Interval (days)"),
        _T("counted_from", "Counted from"),
        _T("contacts", "Contacts"),
        _T("expected", "Expected contacts"),
        _T("last_contact", "Last contact"),
        _T("days_since_last", "Days since last contact"),
        _T("due", "Next contact due"),
        _T("overdue", "Overdue"),
        _T("days_overdue", "Days overdue"),
        _T("service", "Contact level"),
        _T("sentiment", "Sentiment"),
        _T("sentiment_mean", "Mean sentiment"),
        _T("sentiment_last", "Last sentiment"),
        _T("sentiment_slope", "Sentiment change per 30 days"),
        _T("sentiment_trend", "Sentiment trend"),
        _T("planned", "Planned"),
        _T("n_channels", "Channels used"),
        _T("single_channel", "One channel only"),
        _T("unreached", "Not reached"),
        _T("n_stakeholders", "Stakeholders"),
        _T("n_single_channel", "Reached by one channel only"),
        _T("n_unreached", "Not reached"),
        _T("n_engaged", "Engaged"),
        _T("min_stakeholders", "Needed"),
        _T("share", "Share of the map"),
        _T("status", "Status"),
        _T("members", "Representatives"),
        _T("kind", "Kind"),
        _T("date", "Date"),
        _T("direction", "Direction"),
        _T("topic", "Topic"),
        _T("interest_id", "Theme"),
        _T("by", "By"),
        _T("outcome", "Outcome"),
        _T("yes", "yes"),
        _T("no", "no"),
        _T("today", "today"),
        _T("contact_window", "Planned contact interval"),
        _T("overdue_band", "Overdue"),
        _T("number_of_stakeholders", "Number of stakeholders"),
        _T("engaged_in_period", "Engaged in the period"),
        _T("needed", "Needed"),
        _T("days_short", "{n} d"),
        _T("low", "low"),
        _T("high", "high"),
        _T("grid", "Power/interest grid"),
        _T("table", "Classification"),
        _T("network", "Network"),
        _T("view_grid", "Power/interest grid"),
        _T("view_attitude", "Power/attitude grid"),
        _T("view_cube", "Stakeholder cube"),
        _T("view_engagement", "Engagement: current and desired"),
        _T("view_network", "Network of relations"),
        _T("view_influence", "Influence gap"),
        _T("view_movement", "Movement between snapshots"),
        _T("view_history", "History of the scores"),
        _T("view_representation", "Representation of target groups"),
        _T("notes", "Notes"),
        _T("interactions", "contacts"),
        _T("communication", "communication plan"),
        _T("segments", "target groups"),
        _T("weight", "Weight"),
        _T("sign", "Sign"),
        _T("directed", "Directed"),
        _T("short_name", "Short name"),
        _T("parent", "Part of"),
        _T("agree", "Agree"),
        _T("disagree", "Disagree"),
        _T("no_plurality", "No plurality"),
        _T("added", "Added"),
        _T("removed", "Removed"),
        _T("kept", "Kept"),
        _T("moved", "Moved quadrant"),
        _T("stayed", "Same quadrant"),
        _T("contested", "Contested (no consensus)"),
        _T("consensus", "Consensus"),
        _T("borderline", "Borderline"),
        _T("alpha", "Krippendorff's alpha"),
        _T("reliable", "Reliable (0.8)"),
        _T("tentative", "Tentative (0.667)"),
        _T("before", "Before"),
        _T("after", "After"),
        _T("dimension", "Dimension"),
        _T("rater", "Rater"),
        _T("raters", "raters"),
        _T("score", "Score"),
        _T("spread_iqr", "Spread: middle half of the ratings (IQR)"),
        _T("spread_range", "Spread: lowest to highest rating"),
        _T("n_maps", "Number of maps"),
        _T("relation_kind", "Relation"),
        _T("net_pagerank", "PageRank"),
        _T("net_betweenness", "Betweenness"),
        _T("net_degree", "Number of ties"),
        _T("net_closeness", "Closeness"),
        _T("net_harmonic", "Harmonic closeness"),
        _T("net_eigenvector", "Eigenvector centrality"),
        _T("net_constraint", "Constraint (Burt)"),
        _T("net_effective_size", "Effective size (Burt)"),
        _T("net_community", "Community"),
        _T("net_coalition", "Coalition"),
        _T("net_tower", "Influence tower"),
        _T("flow_source", "Source"),
        _T("flow_one_path", "Reached by one path only"),
        _T("flow_several_paths", "Reached by several paths"),
        _T("flow_unreached", "Not reached"),
        _T("flow_spof", "Single point of failure"),
        _T("flow_legend", "Information flow"),
        _T("gap_hidden_broker", "Hidden broker"),
        _T("gap_consistent", "As rated"),
        _T("gap_paper_tiger", "Paper tiger"),
        _T("gap_rated", "Rated power (percentile)"),
        _T("gap_structural", "Influence in the network (percentile)"),
        _T("gap_structural_kinds", "Influence through {kinds} relations (percentile)"),
        _T("gap_structural_all", "Influence through all relations (percentile)"),
        _T("gap_band", "Within the gap"),
        _T("broker_coordinator", "Coordinator"),
        _T("broker_itinerant", "Itinerant"),
        _T("broker_representative", "Representative"),
        _T("broker_gatekeeper", "Gatekeeper"),
        _T("broker_liaison", "Liaison"),
        _T("rowley_compromiser", "Compromiser"),
        _T("rowley_commander", "Commander"),
        _T("rowley_subordinate", "Subordinate"),
        _T("rowley_solitarian", "Solitarian"),
        _T("repr_scale", "Scale"),
        _T("repr_language", "Language"),
        _T("repr_date", "Date"),
        _T("repr_counts", "Contents"),
        _T("repr_quadrants", "Power/interest grid"),
        _T("repr_stakeholders", "Stakeholders ({n})"),
        _T("repr_problems", "Points to check ({n})"),
        _T("repr_n_stakeholders", "stakeholders"),
        _T("repr_n_relations", "relations"),
        _T("repr_n_interests", "themes"),
        _T("repr_n_stakes", "stances on themes"),
        _T("repr_n_assessments", "ratings"),
        _T("repr_n_raters", "raters"),
        _T("repr_n_dates", "rating dates"),
        _T("repr_n_interactions", "logged contacts"),
        _T("repr_n_communication", "planned messages"),
        _T("repr_n_segments", "target groups"),
        _T(
            "inet_hint",
            "Drag a node to move it, scroll to zoom, point at a node or a line for "
            "details.",
        ),
        _T(
            "inet_noscript",
            "This network view needs JavaScript; it loads nothing from the internet.",
        ),
        _T("inet_size", "Node size"),
        _T("inet_color", "Node colour"),
        _T("inet_missing", "no value"),
        _T("view_interactive", "Partner network to explore (drag, zoom, point)"),
        _T("kinds", "relation kinds"),
        # The analyses a warning says stakeholders were left out of ("... are
        # left out of the {analysis}"); a translation may add its article.
        _T("analysis_power_interest_grid", "power/interest grid"),
        _T("analysis_power_attitude_grid", "power/attitude grid"),
        _T("analysis_salience_analysis", "salience analysis"),
        _T("analysis_stakeholder_cube", "stakeholder cube"),
        _T("analysis_blocker_list", "blocker list"),
        _T("analysis_onion_diagram", "onion diagram"),
        _T("analysis_priority_index", "priority index"),
        _T("analysis_influence_gap", "influence gap"),
    )
)

#: The recommended strategy per quadrant of the power/interest grid.
STRATEGIES: dict[str, str] = dict(
    (
        _T(
            "strategy_manage_closely",
            "Involve fully: consult and collaborate on decisions.",
        ),
        _T(
            "strategy_keep_satisfied",
            "Meet their needs and consult on what matters to them.",
        ),
        _T(
            "strategy_keep_informed",
            "Keep them informed and listen to their concerns.",
        ),
        _T("strategy_monitor", "Watch for changes; inform with minimal effort."),
    )
)

#: The quadrant titles of the language label sets (``labels="en"``, ``"nl"``, ...).
QUADRANT_TITLES: dict[str, str] = dict(
    (
        _T("quadrant_title_manage_closely", "Manage closely"),
        _T("quadrant_title_keep_satisfied", "Keep satisfied"),
        _T("quadrant_title_keep_informed", "Keep informed"),
        _T("quadrant_title_monitor", "Monitor"),
    )
)

#: Texts of the live workshop's pages; the context is ``workshop:<key>``.
WORKSHOP: dict[str, str] = {
    key.removeprefix("workshop:"): message
    for key, message in (
        _T("workshop:title", "Stakeholder workshop"),
        _T("workshop:facilitator_title", "Workshop: facilitator"),
        _T("workshop:join_heading", "Join the workshop"),
        _T("workshop:name", "Your name"),
        _T("workshop:code", "Join code"),
        _T("workshop:join", "Join"),
        _T("workshop:language", "Language"),
        _T("workshop:tray", "Not yet placed"),
        _T(
            "workshop:grid",
            "Power/interest grid: drag a stakeholder here, or select it and use the "
            "arrow keys",
        ),
        _T("workshop:power", "Power"),
        _T("workshop:interest", "Interest"),
        _T("workshop:attitude", "Attitude"),
        _T("workshop:attitude_value", "Attitude {n}"),
        _T("workshop:confidence", "How sure are you?"),
        _T("workshop:confidence_none", "not said"),
        _T("workshop:rationale", "Why? (one line, optional)"),
        _T("workshop:save", "Save"),
        _T("workshop:saved", "Saved"),
        _T("workshop:selected", "Selected: {n}"),
        _T("workshop:progress", "{n} of {total}"),
        _T(
            "workshop:waiting",
            "Your own ratings are shown; the facilitator will reveal the combined "
            "grid.",
        ),
        _T("workshop:combined", "Combined grid (median of everyone)"),
        _T("workshop:closed", "The round is closed."),
        _T("workshop:participants", "Participants"),
        _T("workshop:disagreement", "Most disagreement first"),
        _T("workshop:alpha", "Krippendorff's alpha (power and interest): {n}"),
        _T("workshop:alpha_none", "Krippendorff's alpha: needs two raters"),
        _T("workshop:reveal", "Show the combined grid to participants"),
        _T("workshop:close_round", "Close the round"),
        _T("workshop:stakeholder", "Stakeholder"),
        _T("workshop:n", "n"),
        _T("workshop:median", "Median power / interest"),
        _T("workshop:iqr", "IQR power / interest"),
        _T("workshop:quadrant", "Quadrant"),
        _T("workshop:error", "Something went wrong: {n}"),
        _T("workshop:download", "Save my ratings as a file"),
        _T(
            "workshop:offline_note",
            "This page works without a network. When you are done, save your ratings "
            "as a file and give it to the facilitator.",
        ),
        _T(
            "workshop:downloaded",
            "{n} ratings saved as a file: give it to the facilitator.",
        ),
        _T("workshop:out_of_range", "{name} must lie between {lo} and {hi}."),
        _T("workshop:join_at", "Join at"),
        _T("workshop:qr_alt", "QR code of {url}: scan it with a phone camera to join"),
    )
}
