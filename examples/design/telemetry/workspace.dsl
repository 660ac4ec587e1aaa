workspace "sensorgrid" "Collects readings from factory sensors, keeps five years of history and alerts operators." {
    model {
        operator = person "operator" "Plant engineers who watch dashboards and handle alerts."
        fleet_admin = person "fleet-admin" "Staff who provision and decommission devices across all sites."
        device = softwareSystem "device" "Sensors and gateways pushing readings with device credentials." {
            tags "External"
        }
        identity_provider = softwareSystem "Identity provider" "OpenID Connect provider: sign-in, MFA and signed access tokens" {
            tags "External"
        }
        notification_provider = softwareSystem "Email and push provider" "Delivers email and push notifications" {
            tags "External"
        }
        sensorgrid = softwareSystem "sensorgrid" "Collects readings from factory sensors, keeps five years of history and alerts operators." {
            !docs .
            !adrs adr madr
            gateway = container "API gateway" "TLS termination, rate limits (300 requests/min per user, burst 100) and routing" "Load balancer"
            api = container "sensorgrid API" "Modular monolith with modules accounts, devices, notifications, analytics" "Java 21"
            timescaledb = container "TimescaleDB" "Time-series data with retention policies" "timescale/timescaledb:2.19.3-pg17" {
                tags "Database"
            }
            broker = container "RabbitMQ" "Carries domain events between components" "RabbitMQ" {
                tags "Queue"
            }
        }

        operator -> gateway "Reads Reading, HourlyAggregate, Alert, Device; writes Alert" "HTTPS/JSON"
        device -> gateway "Calls the API" "HTTPS/JSON"
        fleet_admin -> gateway "Administers every record" "HTTPS/JSON"
        operator -> identity_provider "Signs in" "OIDC"
        fleet_admin -> identity_provider "Signs in" "OIDC"
        gateway -> api "Routes every request" "HTTPS"
        api -> timescaledb "Writes and queries time series" "JDBC"
        api -> broker "Publishes alert-raised; Publishes device-went-offline" "RabbitMQ"
        broker -> api "Delivers alert-raised; Delivers device-went-offline; Delivers device-went-offline" "RabbitMQ"
        api -> identity_provider "Fetches token signing keys (JWKS)" "HTTPS"
        api -> notification_provider "Sends email and push" "HTTPS"
    }

    views {
        systemContext sensorgrid "SystemContext" {
            include *
            autoLayout
        }
        container sensorgrid "Containers" {
            include *
            autoLayout
        }
        styles {
            element "Person" {
                shape Person
            }
            element "Database" {
                shape Cylinder
            }
            element "Queue" {
                shape Pipe
            }
            element "External" {
                background #999999
                color #ffffff
            }
        }
    }
}
