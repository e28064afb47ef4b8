# Words every part of luxpay uses: statuses, methods, yes and no.

status-pending = OFFEN
status-paid = BEZAHLT
status-expired = ABGELAUFEN
status-voided = STORNIERT
