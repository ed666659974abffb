"""Who wrote and who edited: reporter lines, 责编 lines and the 来源 field.

Both scripts are matched: GB pages print 责编/本报记者, the BIG5 gateway 責編/本報記者, and
the gateway turns full-width brackets and colons into ASCII ones.  One module per part:
:mod:`.names` (how names are printed and told from organisations and places), :mod:`.writers`
(reporters' and writers' credits), :mod:`.editors` (editor and review lines), :mod:`.sources`
(the 来源 field).
"""

from .editors import EDITOR_LINE, EDITOR_MARK_CHARS, EDITOR_MARKS, EDITOR_OPENING, editors_from, editors_in, take_editors
from .names import has_surname, names_an_organisation, only_organisations, person_names
from .sources import clean_source, source_in
from .writers import bracketed_names, byline_names, newsroom_off, submitted_by, take_reporters

__all__ = ["EDITOR_LINE", "EDITOR_MARKS", "EDITOR_MARK_CHARS", "EDITOR_OPENING", "bracketed_names", "byline_names",
           "clean_source", "editors_from", "editors_in", "has_surname", "names_an_organisation", "newsroom_off", "only_organisations", "person_names", "source_in",
           "submitted_by", "take_editors", "take_reporters"]
