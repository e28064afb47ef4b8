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
