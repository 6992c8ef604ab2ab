"""PII redaction for everything the copilot sends to a model: names, emails, phones, cards, IBANs, addresses.

    >>> r = redact("Hi, this is Maria Lopez, call me on +44 7700 900123")
    >>> r.text
    'Hi, this is <PERSON_1>, call me on <PHONE_1>'
    >>> restore(r.text, r.mapping) == "Hi, this is Maria Lopez, call me on +44 7700 900123"
    True

Trip ids, rider and driver ids, amounts, dates and times are never redacted. Pure Python: no Django.
"""

from copilot.pii.redactor import Entity, Redaction, find_pii, redact, redact_many, restore, warm_up

__all__ = ["Entity", "Redaction", "find_pii", "redact", "redact_many", "restore", "warm_up"]
