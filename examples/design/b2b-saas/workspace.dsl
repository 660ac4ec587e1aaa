workspace "ledgerly" "Companies collect employee expenses, route them for approval and export them to accounting." {
    model {
        employee = person "employee" "People who submit expense reports with receipts."
        approver = person "approver" "Managers who approve or reject the reports of their cost centers."
        finance = person "finance" "The customer's finance team, who reimburse and export approved reports."
        platform_support = person "platform-support" "Our staff, who may act in any tenant under audit."
        accounting_system = softwareSystem "accounting-system" "The customer's ERP pulling approved expenses through the API." {
            tags "External"
        }
        identity_provider = softwareSystem "Identity provider" "OpenID Connect provider: sign-in, MFA and signed access tokens" {
            tags "External"
        }
        notification_provider = softwareSystem "Email and push provider" "Delivers email and push notifications" {
            tags "External"
        }
        ledgerly = softwareSystem "ledgerly" "Companies collect employee expenses, route them for approval and export them to accounting." {
            !docs .
            !adrs adr madr
            gateway = container "API gateway" "TLS termination, rate limits (120 requests/min per user, burst 40) and routing" "Ingress controller"
            accounts_service = container "accounts service" "Sign-up, sign-in, tenants, memberships and roles." "Java 21"
            cost_centers_service = container "cost-centers service" "Owns CostCenter." "Java 21"
            expenses_service = container "expenses service" "Owns Expense, Receipt." "Java 21"
            approvals_service = container "approvals service" "Owns Approval." "Java 21"
            notifications_service = container "notifications service" "Notifications sent when events happen: e-mail, push, in-app." "Java 21"
            analytics_service = container "analytics service" "Read models and aggregates computed from events." "Java 21"
            postgresql = container "PostgreSQL" "System of record: every entity's table" "postgres:17" {
                tags "Database"
            }
            object_storage = container "S3-compatible object storage" "Uploaded files, served by pre-signed URLs" "minio/minio:RELEASE.2025-04-22T22-12-26Z" {
                tags "Database"
            }
            broker = container "RabbitMQ" "Carries domain events between components" "RabbitMQ" {
                tags "Queue"
            }
        }

        employee -> gateway "Reads ExpenseReport; writes Expense, Receipt, ExpenseReport" "HTTPS/JSON"
        approver -> gateway "Reads ExpenseReport; writes Approval" "HTTPS/JSON"
        finance -> gateway "Reads ExpenseReport, Expense" "HTTPS/JSON"
        platform_support -> gateway "Administers every record" "HTTPS/JSON"
        accounting_system -> gateway "Calls the API" "HTTPS/JSON"
        employee -> identity_provider "Signs in" "OIDC"
        approver -> identity_provider "Signs in" "OIDC"
        finance -> identity_provider "Signs in" "OIDC"
        platform_support -> identity_provider "Signs in" "OIDC"
        gateway -> accounts_service "Routes /organizations, /users" "HTTPS"
        gateway -> cost_centers_service "Routes /cost-centers" "HTTPS"
        gateway -> expenses_service "Routes /expenses, /receipts" "HTTPS"
        gateway -> approvals_service "Routes /approvals" "HTTPS"
        gateway -> notifications_service "Routes internal requests" "HTTPS"
        gateway -> analytics_service "Routes /expense-reports" "HTTPS"
        accounts_service -> postgresql "Reads and writes organizations, users; transactional outbox" "JDBC"
        accounts_service -> object_storage "Stores and reads files" "S3 API"
        cost_centers_service -> postgresql "Reads and writes cost_centers; transactional outbox" "JDBC"
        cost_centers_service -> object_storage "Stores and reads files" "S3 API"
        expenses_service -> postgresql "Reads and writes expenses, receipts; transactional outbox" "JDBC"
        expenses_service -> object_storage "Stores and reads files" "S3 API"
        approvals_service -> postgresql "Reads and writes approvals; transactional outbox" "JDBC"
        approvals_service -> object_storage "Stores and reads files" "S3 API"
        notifications_service -> postgresql "Reads and writes its tables; transactional outbox" "JDBC"
        notifications_service -> object_storage "Stores and reads files" "S3 API"
        analytics_service -> postgresql "Reads and writes expense_reports; transactional outbox" "JDBC"
        analytics_service -> object_storage "Stores and reads files" "S3 API"
        analytics_service -> broker "Publishes report-submitted" "RabbitMQ"
        broker -> notifications_service "Delivers report-submitted; Delivers report-decided" "RabbitMQ"
        broker -> accounts_service "Delivers report-submitted; Delivers report-decided; Delivers report-decided; Delivers receipt-uploaded" "RabbitMQ"
        approvals_service -> broker "Publishes report-decided" "RabbitMQ"
        expenses_service -> broker "Publishes receipt-uploaded" "RabbitMQ"
        accounts_service -> identity_provider "Fetches token signing keys (JWKS)" "HTTPS"
        cost_centers_service -> identity_provider "Fetches token signing keys (JWKS)" "HTTPS"
        expenses_service -> identity_provider "Fetches token signing keys (JWKS)" "HTTPS"
        approvals_service -> identity_provider "Fetches token signing keys (JWKS)" "HTTPS"
        notifications_service -> identity_provider "Fetches token signing keys (JWKS)" "HTTPS"
        analytics_service -> identity_provider "Fetches token signing keys (JWKS)" "HTTPS"
        notifications_service -> notification_provider "Sends email and push" "HTTPS"
    }

    views {
        systemContext ledgerly "SystemContext" {
            include *
            autoLayout
        }
        container ledgerly "Containers" {
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
