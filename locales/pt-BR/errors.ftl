# O que deu errado e o que fazer: a API da Luxfin e a rede.

net-refused = conexão com { $host } recusada: verifique a URL base e se o serviço está rodando
net-dns = não foi possível resolver { $host }: verifique a URL base, a rede e o DNS desta máquina
net-unreachable = não foi possível conectar a { $host } a tempo: verifique a rede e a URL base
net-reset = a conexão com { $host } caiu: verifique a rede e tente de novo
net-other = não foi possível falar com { $host } ({ $detail }): verifique a rede e tente de novo
api-timeout = a API da Luxfin não respondeu em { $seconds } s: tente de novo ou aumente --timeout
api-unauthorized = a chave de API foi recusada (401): verifique sua chave de API (--api-key-file, LUXFIN_API_KEY ou api_key no config.toml)
api-unauthorized-said = a chave de API foi recusada (401: { $message }): verifique sua chave de API (--api-key-file, LUXFIN_API_KEY ou api_key no config.toml)
api-rejected = a API da Luxfin recusou o pedido ({ $status }): { $message }
api-redirect = a API respondeu com um redirecionamento ({ $status }) para { $location }; o luxpay não segue redirecionamentos: verifique a URL base
api-server = a API da Luxfin falhou ({ $status }): { $message }; tente de novo em instantes
api-invalid = a API da Luxfin enviou uma resposta que o luxpay não consegue usar: { $why }

# Os livros: por que uma operação foi recusada, e o que o verify encontrou.
books-shift-open = há um turno aberto no caixa { $till } desde { $since } UTC: para reforçar o fundo de troco, faça um suprimento; para começar outro, feche-o antes (Z)
books-no-order = um cancelamento ou estorno indica seu pedido
books-not-in-ledger = o pedido { $order } não está no registro deste caixa
books-voided-already = o pedido { $order } já está cancelado
books-void-not-pending = o pedido { $order } está { $status }: só um link pendente pode ser cancelado; faça o estorno (luxpay refund { $order } --tender cash|other --reason …)
books-refund-voided = o pedido { $order } está cancelado: nunca foi pago, não há nada a estornar
books-refund-not-paid = o pedido { $order } está { $status }: só um pedido pago pode ser estornado
books-refunded-in-full = o pedido { $order } já foi estornado por inteiro
books-refund-at-most = no máximo { $left } pode ser estornado no pedido { $order } ({ $paid } pago, { $refunded } já estornado)
books-cash-other-currency = a gaveta só conta { $drawer }: dinheiro em { $asked } não entraria em nenhuma contagem. Receba em { $drawer }, ou no cartão ou por link
books-refund-other-currency = a gaveta só conta { $drawer }: não pode sair dela dinheiro em { $asked }. Estorne de outro jeito (forma: outra)
books-move-other-currency = a gaveta só conta { $drawer }: não pode entrar nem sair dela dinheiro em { $asked }
verify-missing = caixa { $till }: falta o Z { $number }
verify-does-not-follow = caixa { $till }: o Z { $number } não segue o Z { $previous } (seu prev_hash não confere)
verify-changed = caixa { $till }: o Z { $number } não confere com suas operações ou seu relatório: algo do seu período foi alterado, incluído ou apagado
verify-kept-columns = caixa { $till }: o status ou o cancelamento do pedido { $order } não confere com seus eventos: a tabela payments foi editada

# A configuração: o que as verificações de um valor dizem continua em inglês.
config-invalid = { $path } não é válido: { $message }
config-missing-key = sem chave de API: coloque-a num arquivo e passe --api-key-file CAMINHO, defina LUXFIN_API_KEY ou adicione api_key em { $path }; ou experimente o luxpay com --demo, que não precisa de chave

# Por que um PIN não foi aceito: a tela do PIN e a linha de comando.
staff-unknown = { $name } não está na equipe: passe --operator NOME de um gerente
staff-wrong-pin = PIN errado para { $name } ({ $left ->
    [one] mais { $left } PIN errado bloqueia
   *[other] mais { $left } PINs errados bloqueiam
} o nome por 5 minutos)
staff-not-manager = { $name } é operador de caixa: isto precisa de um gerente (--operator NOME de um gerente, e o PIN dele)
staff-locked-out = { $name } está bloqueado após { $failures } PINs errados: tente de novo depois de { $until } (UTC)
staff-no-pin = isto precisa do PIN de um gerente e não há terminal para pedi-lo: passe --pin-stdin e dê o PIN na primeira linha da entrada padrão
staff-pin-shape = um PIN tem de 4 a 8 dígitos (0-9), nada mais
staff-pin-mismatch = os dois PINs são diferentes
cannot-read = não foi possível ler { $path }: { $error }

# De onde veio a chave de API (doctor).
key-from-env = a variável de ambiente LUXFIN_API_KEY
key-from-config = api_key em { $path }
key-demo = não precisa (API de demonstração)
key-none = nenhuma chave encontrada
