# Words every part of luxpay uses: statuses, methods, yes and no.

status-pending = PENDIENTE
status-paid = PAGADO
status-expired = CADUCADO
status-voided = ANULADO
