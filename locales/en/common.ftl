# Words every part of luxpay uses: statuses, methods, yes and no.
# English is the source: every other language has every message here, with the same
# variables (a test checks).

status-pending = PENDING
status-paid = PAID
status-expired = EXPIRED
status-voided = VOIDED
