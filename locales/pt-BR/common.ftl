# Words every part of luxpay uses: statuses, methods, yes and no.

status-pending = PENDENTE
status-paid = PAGO
status-expired = EXPIRADO
status-voided = CANCELADO
