"""Every view on one slide, and every view written to files.

:func:`plot_overview` puts the power/interest grid, the salience diagram and the
support balance on one 16:9 figure. :func:`save_views` renders each stakeholder
view to PNG and SVG files, for the command line and for workshop slides.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stakeholder_map._empty_views import empty_view_reason
from stakeholder_map.analysis._common import Threshold, check_choice
from stakeholder_map.analysis._views import forward_warnings
from stakeholder_map.exceptions import EmptyViewWarning
from stakeholder_map.i18n import label as i18n_label
from stakeholder_map.plotting._caller import warns_at_caller
from stakeholder_map.plotting._views import resolve_lang
from stakeholder_map.plotting.attitude import plot_attitude_grid
from stakeholder_map.plotting.engagement import plot_engagement_matrix
from stakeholder_map.plotting.grid import plot_power_interest
from stakeholder_map.plotting.onion import plot_onion
from stakeholder_map.plotting.priority import plot_priority
from stakeholder_map.plotting.salience import plot_salience, plot_stakeholder_cube
from stakeholder_map.plotting.support import plot_support_balance
from stakeholder_map.plotting.themes import THEMES, theme

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from stakeholder_map.models import StakeholderMap

__all__ = ["VIEWS", "plot_overview", "save_views"]

#: The views :func:`save_views` writes, in order: file stem -> plot function.
VIEWS: dict[str, Callable[..., Axes]] = {
    "salience": plot_salience,
    "attitude_grid": plot_attitude_grid,
    "stakeholder_cube": plot_stakeholder_cube,
    "priority": plot_priority,
    "engagement_matrix": plot_engagement_matrix,
    "support_balance": plot_support_balance,
    "onion": plot_onion,
}
_FORMATS = ("png", "svg", "pdf")


@warns_at_caller
def plot_overview(
    smap: StakeholderMap,
    *,
    threshold: Threshold = "midpoint",
    lang: str | None = None,
    figsize: tuple[float, float] = (13.333, 7.5),
    title: str | None = None,
) -> Figure:
    """Put the grid, the salience diagram and the support balance on one slide.

    The power/interest grid with names fills the left; on the right, the
    salience diagram (with the number of stakeholders per class) sits above the
    power-weighted support balance per theme. The figure is 16:9 by default,
    the size of a PowerPoint slide.

    Parameters
    ----------
    smap
        The stakeholder map.
    threshold
        Where "high" starts, for the grid and the salience classes (see
        :func:`~stakeholder_map.analysis.power_interest`).
    lang
        Language of every text, ``"en"`` or ``"nl"``; None follows the map.
    figsize
        Width and height in inches.
    title
        The figure's title; None uses the map's name.

    Returns
    -------
    matplotlib.figure.Figure
        A new figure with three Axes: grid, salience, support balance.

    Raises
    ------
    ValueError
        When ``lang`` is unknown.

    See Also
    --------
    stakeholder_map.plotting.plot_power_interest : The grid alone.
    stakeholder_map.plotting.plot_salience : The salience diagram alone.
    stakeholder_map.plotting.plot_support_balance : The balance alone.
    save_views : Every view, written to files.

    Examples
    --------
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> fig = skm.plotting.plot_overview(smap)
    >>> len(fig.axes)
    3
    """
    import matplotlib as mpl
    import matplotlib.pyplot as plt

    lang = resolve_lang(lang, smap)
    # Three views share one slide: the notebook theme's text and marker sizes
    # keep each of them readable at a third of the space a slide theme assumes.
    compact = {
        k: v
        for k, v in THEMES["notebook"].items()
        if k.endswith(("size", "fontsize")) and k != "figure.figsize"
    }
    with mpl.rc_context(compact):  # type: ignore[arg-type]
        fig = plt.figure(figsize=figsize, layout="constrained")
        fig.suptitle(title if title is not None else smap.name, fontweight="bold")
        grid = fig.add_gridspec(2, 2, width_ratios=(1.0, 1.1), height_ratios=(1.9, 1.0))
        ax_grid = fig.add_subplot(grid[:, 0])
        ax_salience = fig.add_subplot(grid[0, 1])
        ax_support = fig.add_subplot(grid[1, 1])
        for ax, key in (
            (ax_grid, "view_power_interest"),
            (ax_salience, "view_salience"),
            (ax_support, "view_support_balance"),
        ):
            ax.set_title(i18n_label(key, lang), loc="left")
        forward_warnings(
            plot_power_interest,
            smap,
            ax=ax_grid,
            threshold=threshold,
            lang=lang,
            labels=lang,
            label="short_name",
        )
        forward_warnings(plot_support_balance, smap, ax=ax_support, lang=lang)
        # The salience diagram last: it sizes itself to its final box.
        salience_rule = (
            threshold if isinstance(threshold, str | int | float) else "midpoint"
        )
        reason = empty_view_reason(smap, "salience", lang)
        if reason is not None:
            # An empty Venn diagram says nothing: say why it is not there.
            ax_salience.set_axis_off()
            ax_salience.text(
                0.0,
                0.9,
                reason,
                transform=ax_salience.transAxes,
                va="top",
                wrap=True,
                gid="salience_left_out",
            )
            return fig
        forward_warnings(
            plot_salience,
            smap,
            ax=ax_salience,
            threshold=salience_rule,
            lang=lang,
            label=None,
        )
    return fig


@warns_at_caller
def save_views(
    smap: StakeholderMap,
    out_dir: str | Path,
    *,
    lang: str | None = "nl",
    formats: Iterable[str] = ("png", "svg"),
    style: str = "slides",
    dpi: float | None = None,
    views: Iterable[str] | None = None,
) -> list[Path]:
    """Render every stakeholder view of a map to files, one figure per view.

    Writes ``salience``, ``attitude_grid``, ``stakeholder_cube``,
    ``priority``, ``engagement_matrix``, ``support_balance``, ``onion`` and
    ``overview``, each in every format asked for (e.g. ``salience.png`` and
    ``salience.svg``), with a title in the chosen language, in the chosen theme.
    Figures are closed once written.

    Parameters
    ----------
    smap
        The stakeholder map.
    out_dir
        The folder to write to; it is created if needed. Existing files of the
        same names are replaced.
    lang
        Language of every text, ``"en"`` or ``"nl"`` (default); None follows
        the map.
    formats
        File formats: any of ``"png"``, ``"svg"``, ``"pdf"``.
    style
        The theme: ``"slides"`` (default, 16:9), ``"notebook"`` or ``"print"``.
    dpi
        Resolution of PNG files; None uses the theme's.
    views
        The views to write (names as above); None writes all.

    Returns
    -------
    list of pathlib.Path
        The files written, view by view, in the order of ``formats``.

    Raises
    ------
    ValueError
        When a format, theme, view or language is unknown.

    See Also
    --------
    plot_overview : The overview slide.
    VIEWS : The view names and their plot functions.

    Notes
    -----
    The command ``stakeholder-map views FILE -o DIR`` calls this function.
    Stakeholders without the scores a view needs are left out of that view,
    with the warning that names them. A view that no stakeholder has the scores
    for (a salience diagram on a map without legitimacy or urgency) is not
    written at all: an :class:`~stakeholder_map.exceptions.EmptyViewWarning`
    says in one line which scores it lacks. In the overview, such a salience
    diagram gives way to that line.

    Examples
    --------
    >>> import tempfile
    >>> smap = skm.load_example("huis_van_het_kind")
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     paths = skm.plotting.save_views(
    ...         smap, tmp, formats=["svg"], views=["priority"]
    ...     )
    ...     [p.name for p in paths]
    ['priority.svg']
    """
    import warnings

    import matplotlib.pyplot as plt

    fmts = list(formats)
    for fmt in fmts:
        check_choice("formats", fmt, _FORMATS)
    check_choice("style", style, THEMES)
    names = [*VIEWS, "overview"] if views is None else list(views)
    for name in names:
        check_choice("views", name, [*VIEWS, "overview"])
    lang = resolve_lang(lang, smap)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    save_kws: dict[str, Any] = {} if dpi is None else {"dpi": dpi}
    with theme(style):  # type: ignore[arg-type]
        for name in names:
            reason = empty_view_reason(smap, name, lang)
            if reason is not None:
                warnings.warn(EmptyViewWarning(reason, view=name), stacklevel=3)
                continue
            if name == "overview":
                fig = forward_warnings(plot_overview, smap, lang=lang)
            else:
                fig = plt.figure()
                ax = fig.add_subplot()
                # The title first: some views size their contents to the room
                # the Axes has once everything around it is in place.
                ax.set_title(i18n_label(f"view_{name}", lang), loc="left")
                forward_warnings(VIEWS[name], smap, ax=ax, lang=lang)
            try:
                for fmt in fmts:
                    path = out / f"{name}.{fmt}"
                    fig.savefig(path, **save_kws)
                    written.append(path)
            finally:
                plt.close(fig)
    return written
