# The command line's words for people (not --json, not CSV), and doctor.

## Linhas no stderr: `nota: …`, `aviso: …`.
cli-note = nota: { $text }
cli-warning = aviso: { $text }
cli-see-the-log = { $error } (veja o log)
cli-demo-banner = DEMO: a API de demonstração embutida do luxpay; nenhum dinheiro real circula.
cli-demo-server-banner = DEMO: um demo-server do luxpay, não a Luxfin; nenhum dinheiro real circula.
cli-demo-short = API DEMO: sem dinheiro real
cli-actions-ran = o pedido { $order_id } está { $status }: suas ações já rodaram neste caixa
cli-actions-unknown = não dá para saber se as ações do pedido { $order_id } já rodaram ({ $error }): elas serão executadas
cli-unrecorded = não foi possível gravar isto no livro-caixa { $path } ({ $error }): guarde esta saída
cli-no-times = não foi possível ler o livro-caixa para os horários: { $error }
cli-recover-later = { $error }; `luxpay ledger recover` tenta de novo
cli-not-shared-yet = ainda não está no livro-caixa compartilhado da loja ({ $error }); fica guardado aqui e vai com o próximo comando ou `luxpay ledger sync`
cli-resent = o banco de dados da loja não é aquele para o qual este caixa enviou por último (restaurado de um backup, ou um servidor novo): todo o livro-caixa deste caixa é enviado de novo; o que ele já tem não é duplicado

## create: os dados da venda, um rótulo e seu valor por linha.
cli-creating = Criando o link de pagamento
cli-label-order = Pedido
cli-label-amount = Valor
cli-label-product = Produto
cli-label-tip = Gorjeta
cli-label-customer = Cliente
cli-label-tendered = Recebido
cli-label-change = Troco
cli-label-method = Forma
cli-label-till = Caixa
cli-label-status = Status
cli-method-card = Cartão
cli-method-cash = Dinheiro
cli-tip-on = { $tip } sobre { $subtotal }
cli-walk-in = cliente avulso ({ $customer })
cli-no-printer = não impresso: nenhuma impressora definida (printer no config.toml)
cli-not-printed = não impresso: { $reason }
cli-printed-slip = guia de pagamento impressa
cli-printed-receipt = comprovante impresso
cli-printed-report = relatório impresso

## Os livros: turno, gaveta, cancelamento, reembolso, relatório, verificação.
cli-shift-opened-itself = nenhum turno estava aberto no caixa { $till }: um é aberto com fundo de troco de { $float } (`luxpay drawer in --amount … --reason float` soma a ele o dinheiro da gaveta)
cli-shift-opened = Turno aberto no caixa { $till } com fundo de troco de { $float }.
cli-drawer-in = { $amount } colocados na gaveta do caixa { $till }.
cli-drawer-out = { $amount } retirados da gaveta do caixa { $till }.
cli-voided = Pedido { $order_id } cancelado. A Luxfin não pode desativar o link: se o cliente pagar mesmo assim, o luxpay mostra PAGO APÓS CANCELAMENTO.
cli-status-unrecorded = não foi possível gravar o status do pedido { $order_id } dado pelo servidor: { $error }
cli-void-server-unasked = não foi possível consultar o servidor sobre o pedido { $order_id } ({ $error }): vale o que este caixa sabe
cli-refunded-cash = Reembolsados { $amount } do pedido { $order_id } em dinheiro, da gaveta.
cli-refunded-other = Reembolsados { $amount } do pedido { $order_id } de outra forma (não da gaveta).
cli-no-shift-open = nenhum turno aberto no caixa { $till }: a próxima venda abre um
cli-shop-no-z = Nenhum relatório Z foi fechado em { $date }.
cli-verify-intact = { $count ->
    [one] 1 relatório Z, cadeia intacta
   *[other] { $count } relatórios Z, cadeia intacta
}

## summary
cli-status-change-unrecorded = não foi possível gravar uma mudança de status no livro-caixa: { $error }
cli-status-change-unshared = não foi possível gravar uma mudança de status no livro-caixa da loja: { $error }

## status, e create --wait: o status conforme muda, no stderr.
cli-status-final-kept = o servidor agora diz { $server }; o livro-caixa registrou { $known }, que é definitivo
cli-wait-recorded-already = { $status } (já registrado)
cli-wait-recorded = { $status } (registrado)
cli-wait-retrying = status desconhecido, nova tentativa em { $secs } s: { $error }

## staff
cli-staff-added = { $name } adicionado como { $role }.
cli-staff-none = Nenhum funcionário: no caixa qualquer um pode fazer tudo (`luxpay staff add NOME --role manager` começa uma lista).
cli-staff-removed = { $name } removido da equipe.
cli-staff-pin-changed = O PIN de { $name } foi alterado.
cli-role-manager = gerente
cli-role-cashier = operador de caixa
cli-pin-prompt = PIN de { $name }:
cli-new-pin-prompt = Novo PIN para { $name } (4 a 8 dígitos):
cli-pin-again-prompt = O mesmo PIN de novo:

## summary: o dia, resumido.
summary-title = Resumo de { $date } ({ $count ->
    [one] 1 pagamento
   *[other] { $count } pagamentos
} no livro-caixa)
summary-by-status = Por status
summary-by-method = Por forma de pagamento
summary-by-till = Por caixa
summary-by-operator = Por operador
summary-tips = Gorjetas (incluídas nos totais acima)
summary-none = (nenhum)
summary-unchecked = { $count ->
    [one] 1 pagamento em aberto não pôde ser conferido com o servidor: contado como o livro-caixa o conhece.
   *[other] { $count } pagamentos em aberto não puderam ser conferidos com o servidor: contados como o livro-caixa os conhece.
}
summary-not-reconciled = Não conciliado: o histórico do servidor não pôde ser lido.
summary-server-totals = Totais do servidor: { $totals }
summary-totals-none = nenhum
summary-server-sum-mixed = a soma do próprio servidor, { $sum }, junta moedas diferentes
summary-reconciled = Conciliado com o servidor: sem diferenças.
summary-differences = Diferenças com o servidor ({ $count }):

## list, history, test-webhook
cli-list-empty = Nenhum pagamento a partir da posição { $offset }.
cli-history-line = { $count ->
    [one] 1 pagamento
   *[other] { $count } pagamentos
} de { $from } a { $to }; totais: { $totals }
cli-test-webhook = Webhook de teste solicitado: { $said }
