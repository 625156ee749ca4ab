/**
 * Text of the configuration files the fleet's desired state manages. `{{var}}` placeholders are filled per
 * server (hostname, env) and per environment (db_host, backends) when a manifest is applied.
 */

export const NGINX_CONF = `user www-data;
worker_processes auto;
pid /run/nginx.pid;
include /etc/nginx/modules-enabled/*.conf;

events {
\tworker_connections 768;
}

http {
\tsendfile on;
\ttcp_nopush on;
\ttypes_hash_max_size 2048;
\tserver_tokens off;

\tinclude /etc/nginx/mime.types;
\tdefault_type application/octet-stream;

\tssl_protocols TLSv1.2 TLSv1.3;
\tssl_prefer_server_ciphers on;

\taccess_log /var/log/nginx/access.log;
\terror_log /var/log/nginx/error.log;

\tgzip on;

\tinclude /etc/nginx/conf.d/*.conf;
\tinclude /etc/nginx/sites-enabled/*;
}
`;

/** The web tier's site. Line 4 still uses the pre-1.15 `ssl on;` form that nginx 1.25.1 removed. */
export const WEB_SITE = `server {
\tlisten 443;
\tserver_name {{hostname}}.lab.internal;
\tssl on;
\tssl_certificate /etc/ssl/certs/loja.pem;
\tssl_certificate_key /etc/ssl/private/loja.key;

\tlocation /static/ {
\t\talias /opt/loja/static/;
\t\texpires 7d;
\t}

\tlocation / {
\t\tproxy_pass http://127.0.0.1:8000;
\t\tproxy_set_header Host $host;
\t\tproxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
\t\tproxy_read_timeout 30s;
\t}
}
`;

/** The load balancer: plain HTTP redirects to HTTPS, HTTPS is spread over the web tier. */
export const LB_SITE = `upstream loja_backend {
{{backends}}}

server {
\tlisten 80;
\tserver_name loja.lab.internal;
\treturn 301 https://$host$request_uri;
}

server {
\tlisten 443 ssl;
\tserver_name loja.lab.internal;
\tssl_certificate /etc/ssl/certs/loja.pem;
\tssl_certificate_key /etc/ssl/private/loja.key;

\tlocation / {
\t\tproxy_pass https://loja_backend;
\t\tproxy_next_upstream error timeout http_502 http_503;
\t}
}
`;

export const LOJA_INI = `# Loja online shop — managed by the fleet's desired state; local edits will be overwritten.
[server]
bind = 127.0.0.1:8000
workers = 4
timeout = 30

[database]
host = {{db_host}}
port = 5432
name = loja
user = loja

[shop]
currency = BRL
log_level = info
`;

export const POSTGRESQL_CONF = `# PostgreSQL 15 — main cluster
data_directory = '/var/lib/postgresql/15/main'
hba_file = '/etc/postgresql/15/main/pg_hba.conf'
listen_addresses = '*'
port = 5432
max_connections = 100
shared_buffers = 512MB
log_timezone = 'Etc/UTC'
timezone = 'Etc/UTC'
`;

export const PG_HBA = `# TYPE  DATABASE  USER      ADDRESS        METHOD
local   all       postgres                 peer
local   all       all                      peer
host    loja      loja      10.0.0.0/8     scram-sha-256
`;

export const UNATTENDED_UPGRADES = `// Managed by the fleet's desired state.
Unattended-Upgrade::Origins-Pattern {
        "origin=Debian,codename=\${distro_codename},label=Debian-Security";
};
Unattended-Upgrade::Automatic-Reboot "false";
`;

export const AUTO_UPGRADES_OFF = `APT::Periodic::Update-Package-Lists "1";
APT::Periodic::Unattended-Upgrade "0";
`;

export const SSHD_CONFIG = `# Managed by the fleet's desired state.
Include /etc/ssh/sshd_config.d/*.conf
PermitRootLogin no
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM yes
X11Forwarding no
PrintMotd no
AcceptEnv LANG LC_*
Subsystem sftp /usr/lib/openssh/sftp-server
`;
