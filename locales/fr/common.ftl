# Words every part of luxpay uses: statuses, methods, yes and no.

status-pending = EN ATTENTE
status-paid = PAYÉ
status-expired = EXPIRÉ
status-voided = ANNULÉ
