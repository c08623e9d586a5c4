"""dateline: raw news in, structured and traceable event data out, offline.

The pipeline is a sequence of small stages over one :class:`~dateline.model.Document`:
``read`` (records from files, feeds, archives) -> ``clean`` (article body and metadata)
-> ``nlp`` (spaCy parse) -> ``actors``/``places``/``times``/``quotes``/``facts`` -> ``events``
-> ``store``. :func:`process` runs it on one text; :class:`~dateline.store.Store` keeps results.
"""

from dateline.model import SCHEMA, DatelineError, Document, Failure, Record
from dateline.pipeline import process, process_record

__all__ = ["SCHEMA", "DatelineError", "Document", "Failure", "Record", "process", "process_record"]
__version__ = "0.1.0"
