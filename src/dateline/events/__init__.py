"""Event coding: PLOVER events with actors, recipients, place, date and modality."""
