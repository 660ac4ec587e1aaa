workspace "parley" "Workplace chat where people talk in channels and threads, share files and get notified." {
    model {
        member = person "member" "People who read and write messages in the channels they joined."
        moderator = person "moderator" "Staff who remove abusive content and suspend accounts."
        bot = softwareSystem "bot" "Integrations that post messages through the API." {
            tags "External"
        }
        identity_provider = softwareSystem "Identity provider" "OpenID Connect provider: sign-in, MFA and signed access tokens" {
            tags "External"
        }
        notification_provider = softwareSystem "Email and push provider" "Delivers email and push notifications" {
            tags "External"
        }
        parley = softwareSystem "parley" "Workplace chat where people talk in channels and threads, share files and get notified." {
            !docs .
            !adrs adr madr
            gateway = container "API gateway" "TLS termination, rate limits (300 requests/min per user, burst 100) and routing" "Ingress controller"
            accounts_service = container "accounts service" "Sign-up, sign-in, profiles and roles." "Java 21"
            messages_service = container "messages service" "Owns Channel, Membership, Message, Attachment, Reaction." "Java 21"
            notifications_service = container "notifications service" "Notifications sent when events happen: e-mail, push, in-app." "Java 21"
            postgresql = container "PostgreSQL" "System of record: every entity's table" "postgres:17" {
                tags "Database"
            }
            opensearch = container "OpenSearch" "Full-text search index, fed from the system of record" "opensearchproject/opensearch:2.19.1" {
                tags "Database"
            }
            object_storage = container "S3-compatible object storage" "Uploaded files, served by pre-signed URLs" "minio/minio:RELEASE.2025-04-22T22-12-26Z" {
                tags "Database"
            }
            redis = container "Redis" "Cache and rate-limit counters" "redis:7.4" {
                tags "Database"
            }
            broker = container "Apache Kafka" "Carries domain events between components" "Apache Kafka" {
                tags "Queue"
            }
        }

        member -> gateway "Reads Message, Membership, Notification; writes Message, Membership, Reaction, Attachment" "HTTPS/JSON"
        moderator -> gateway "Administers every record" "HTTPS/JSON"
        bot -> gateway "Calls the API" "HTTPS/JSON"
        member -> identity_provider "Signs in" "OIDC"
        moderator -> identity_provider "Signs in" "OIDC"
        gateway -> accounts_service "Routes /users" "HTTPS"
        gateway -> messages_service "Routes /channels, /memberships, /messages, /attachments, /reactions" "HTTPS"
        gateway -> notifications_service "Routes /notifications" "HTTPS"
        accounts_service -> postgresql "Reads and writes users; transactional outbox" "JDBC"
        accounts_service -> opensearch "Indexes and searches documents" "HTTPS"
        accounts_service -> object_storage "Stores and reads files" "S3 API"
        accounts_service -> redis "Caches pages of list-channel-messages, pages of list-thread-replies, pages of list-my-notifications" "RESP"
        messages_service -> postgresql "Reads and writes channels, memberships, messages, attachments, reactions; transactional outbox" "JDBC"
        messages_service -> opensearch "Indexes and searches documents" "HTTPS"
        messages_service -> object_storage "Stores and reads files" "S3 API"
        messages_service -> redis "Caches pages of list-channel-messages, pages of list-thread-replies, pages of list-my-notifications" "RESP"
        notifications_service -> postgresql "Reads and writes notifications; transactional outbox" "JDBC"
        notifications_service -> opensearch "Indexes and searches documents" "HTTPS"
        notifications_service -> object_storage "Stores and reads files" "S3 API"
        notifications_service -> redis "Caches pages of list-channel-messages, pages of list-thread-replies, pages of list-my-notifications" "RESP"
        messages_service -> broker "Publishes message-posted; Publishes reaction-added; Publishes member-joined" "Apache Kafka"
        broker -> accounts_service "Delivers message-posted; Delivers reaction-added; Delivers member-joined" "Apache Kafka"
        broker -> notifications_service "Delivers message-posted; Delivers member-joined" "Apache Kafka"
        accounts_service -> identity_provider "Fetches token signing keys (JWKS)" "HTTPS"
        messages_service -> identity_provider "Fetches token signing keys (JWKS)" "HTTPS"
        notifications_service -> identity_provider "Fetches token signing keys (JWKS)" "HTTPS"
        notifications_service -> notification_provider "Sends email and push" "HTTPS"
    }

    views {
        systemContext parley "SystemContext" {
            include *
            autoLayout
        }
        container parley "Containers" {
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
