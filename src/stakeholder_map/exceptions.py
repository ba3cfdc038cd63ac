"""Exceptions and warnings raised by stakeholder_map.

Catch :class:`StakeholderMapError` to handle every error of ours. Building a model
directly raises pydantic's :class:`pydantic.ValidationError`; readers gather every
problem of a file into one :class:`InputDataError`.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "FAILURE_COLUMNS",
    "EmptyViewWarning",
    "GraphConversionError",
    "InputDataError",
    "InputNoteWarning",
    "OutputDataError",
    "StakeholderMapError",
    "StakeholderMapWarning",
    "UnassessedWarning",
    "UnknownStakeholderError",
    "VocabularyError",
]

#: Columns of :attr:`InputDataError.failures`.
FAILURE_COLUMNS = ("file", "sheet", "row", "column", "value", "problem")


def warn_user(warning: Warning) -> None:
    """Issue a warning at the first line of code outside this package.

    Readers and analyses call each other; the warning points at the user's own
    call (``skm.read(...)``), wherever inside the package it arose.
    """
    import sys
    import warnings
    from pathlib import Path

    package = str(Path(__file__).resolve().parent)
    frame = sys._getframe(1)
    level = 2
    while frame.f_back is not None and frame.f_code.co_filename.startswith(package):
        frame = frame.f_back
        level += 1
    warnings.warn(warning, stacklevel=level)


class StakeholderMapError(Exception):
    """Base class of every error raised by stakeholder_map.

    Examples
    --------
    >>> issubclass(skm.exceptions.InputDataError, skm.exceptions.StakeholderMapError)
    True
    """


class StakeholderMapWarning(UserWarning):
    """Valid but suspicious input, e.g. stakeholders left out of an analysis.

    Examples
    --------
    >>> import warnings
    >>> warnings.simplefilter("ignore", skm.exceptions.StakeholderMapWarning)
    """


class UnassessedWarning(StakeholderMapWarning):
    """Stakeholders without the scores an analysis needs were left out of it.

    Parameters
    ----------
    message
        The warning text (English).
    names
        The names of the stakeholders left out, so that a program (such as the
        command line) can report them in the user's language.

    Examples
    --------
    >>> w = skm.exceptions.UnassessedWarning("left out: 'A'", names=("A",))
    >>> w.names
    ('A',)
    """

    def __init__(self, message: str, *, names: Iterable[str] = ()) -> None:
        super().__init__(message)
        self.names = tuple(names)


class EmptyViewWarning(StakeholderMapWarning):
    """A view had nothing to show (no stakeholder has its scores) and was left out.

    The message is one line in the user's language that names the view and the
    scores it lacks, e.g. "Saillantie weggelaten: nog geen enkele actor heeft een
    score voor legitimiteit en urgentie.".

    Parameters
    ----------
    message
        The line that says which view was left out and why.
    view
        The name of the view left out.

    Examples
    --------
    >>> w = skm.exceptions.EmptyViewWarning("Onion diagram left out.", view="onion")
    >>> w.view
    'onion'
    """

    def __init__(self, message: str, *, view: str) -> None:
        super().__init__(message)
        self.view = view


class InputNoteWarning(StakeholderMapWarning):
    """A reader read a file in a way the user should know of, and says where.

    For instance attitudes given on 1..5 and read as such, or cells that say a
    score is not known (``?``) and were left empty. Nothing is lost or made up:
    the note says what was done.

    Parameters
    ----------
    message
        The note, in the language of the reader's messages.
    where
        The file and sheet (or table) the note is about.

    Examples
    --------
    >>> w = skm.exceptions.InputNoteWarning("read on 1..5", where="kaart.xlsx")
    >>> w.where
    'kaart.xlsx'
    """

    def __init__(self, message: str, *, where: str = "") -> None:
        super().__init__(message)
        self.where = where


class InputDataError(StakeholderMapError, ValueError):
    """A file or table holds bad input; every problem is listed at once.

    Parameters
    ----------
    failures
        One record per problem, each a mapping with the keys ``file``, ``sheet``,
        ``row`` (as the spreadsheet numbers it: the header is row 1), ``column``,
        ``value`` and ``problem``. Missing keys are None.
    source
        The file or object the problems were found in, for the message heading.
    lang
        Language of the heading, ``"en"`` or ``"nl"``.

    Attributes
    ----------
    records : list of dict
        The problems, as given.

    Examples
    --------
    >>> err = skm.exceptions.InputDataError(
    ...     [
    ...         {
    ...             "sheet": "actoren",
    ...             "row": 3,
    ...             "column": "macht",
    ...             "value": "veel",
    ...             "problem": "Expected a number.",
    ...         }
    ...     ],
    ...     source="kaart.xlsx",
    ... )
    >>> print(err)
    kaart.xlsx has 1 problem:
      sheet 'actoren', row 3, column 'macht' (value 'veel'): Expected a number.
    >>> err.failures.loc[0, "row"]
    np.int64(3)
    """

    def __init__(
        self,
        failures: Iterable[dict[str, Any]],
        *,
        source: str | None = None,
        lang: str = "en",
    ) -> None:
        self.records = [
            {col: rec.get(col) for col in FAILURE_COLUMNS} for rec in failures
        ]
        self.source = source
        self.lang = lang
        super().__init__(self._message())

    @property
    def failures(self) -> pd.DataFrame:
        """The problems as a DataFrame with file, sheet, row, column, value, problem.

        Examples
        --------
        >>> smap = skm.load_example("huis_van_het_kind")
        >>> df = skm.to_dataframe(smap).head(3)
        >>> df.loc["stuurgroep", "power"] = 9
        >>> try:
        ...     skm.from_dataframe(df)
        ... except skm.exceptions.InputDataError as err:
        ...     failures = err.failures
        >>> failures[["sheet", "row", "column", "value"]]
                  sheet  row column  value
        0  stakeholders    3  power    9.0
        """
        import pandas as pd

        return pd.DataFrame(self.records, columns=list(FAILURE_COLUMNS))

    def _message(self) -> str:
        from stakeholder_map.i18n import text

        n = len(self.records)
        where = self.source or text("the_input", self.lang)
        head = text("problems_heading", self.lang, where=where, n=n)
        lines = [head]
        for rec in self.records:
            parts = []
            if rec["file"] and str(rec["file"]) != str(self.source):
                # Problems of several files under one heading name their file.
                parts.append(text("where_file", self.lang, file=str(rec["file"])))
            if rec["sheet"]:
                parts.append(text("where_sheet", self.lang, sheet=rec["sheet"]))
            if rec["row"] is not None:
                parts.append(text("where_row", self.lang, row=rec["row"]))
            if rec["column"]:
                parts.append(text("where_column", self.lang, column=rec["column"]))
            loc = ", ".join(parts)
            if rec["value"] is not None and rec["value"] != "":
                loc += f" ({text('value', self.lang)} {rec['value']!r})"
            lines.append(f"  {loc}: {rec['problem']}" if loc else f"  {rec['problem']}")
        return "\n".join(lines)


class OutputDataError(InputDataError):
    """The map holds data the chosen file format cannot store; nothing was written.

    Raised before the file is opened, with every place at once, e.g. a name that
    holds a control character (which XML, so xlsx, GraphML, GEXF and pptx,
    cannot store). ``records`` and ``failures`` are as for
    :class:`InputDataError`; ``column`` holds the place in the map, such as
    ``stakeholders[0].name``.

    Parameters
    ----------
    failures
        One record per problem, as for :class:`InputDataError`.
    source
        The file that was to be written, for the message heading.
    lang
        Language of the heading, ``"en"`` or ``"nl"``.

    Examples
    --------
    >>> err = skm.exceptions.OutputDataError(
    ...     [{"column": "stakeholders[0].name", "problem": "Holds U+0001."}],
    ...     source="kaart.xlsx",
    ... )
    >>> print(err)
    kaart.xlsx has 1 problem:
      column 'stakeholders[0].name': Holds U+0001.
    >>> isinstance(err, skm.exceptions.InputDataError)
    True
    """


class UnknownStakeholderError(StakeholderMapError, KeyError):
    """An id names no stakeholder of the map.

    Parameters
    ----------
    stakeholder_id
        The id that was asked for.
    known
        The ids the map holds, used to suggest a close match.

    Examples
    --------
    >>> err = skm.exceptions.UnknownStakeholderError("ocmv", ["ocmw", "clb"])
    >>> print(err)
    No stakeholder has the id 'ocmv'. Did you mean 'ocmw'?
    """

    def __init__(self, stakeholder_id: str, known: Sequence[str] = ()) -> None:
        self.stakeholder_id = stakeholder_id
        msg = f"No stakeholder has the id {stakeholder_id!r}."
        close = difflib.get_close_matches(str(stakeholder_id), list(known), n=1)
        if close:
            msg += f" Did you mean {close[0]!r}?"
        super().__init__(msg)

    def __str__(self) -> str:
        """Return the message without KeyError's quotes."""
        return str(self.args[0])


class GraphConversionError(StakeholderMapError, ValueError):
    """A graph cannot be turned back into a valid stakeholder map.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.DiGraph()
    >>> G.add_node("a", power=9)
    >>> skm.from_graph(G)
    Traceback (most recent call last):
    ...
    stakeholder_map.exceptions.GraphConversionError: ...
    """


class VocabularyError(StakeholderMapError, ValueError):
    """Words of one's own could not be added; every problem is listed at once.

    Raised by :func:`stakeholder_map.vocabulary.extend` for an unknown kind of
    word, table or field, a meaning that is none, or a word that already means
    something else. A ``words`` sheet in a workbook reports the same problems
    per row, in the reader's :class:`InputDataError`.

    Parameters
    ----------
    problems
        One message per problem.
    lang
        Language of the heading, ``"en"`` or ``"nl"``.

    Attributes
    ----------
    problems : list of str
        The problems, as given.

    Examples
    --------
    >>> err = skm.exceptions.VocabularyError(["scores: 'x' is no word."])
    >>> print(err)
    The words could not be added (1 problem):
      scores: 'x' is no word.
    """

    def __init__(self, problems: Iterable[str], *, lang: str = "en") -> None:
        from stakeholder_map.i18n import text

        self.problems = list(problems)
        head = text("words_problems", lang, n=len(self.problems))
        super().__init__("\n".join([head, *(f"  {p}" for p in self.problems)]))
