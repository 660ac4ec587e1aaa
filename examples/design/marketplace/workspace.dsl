workspace "bazaar" "Shops list products, buyers search and order them, and timed flash sales draw crowds." {
    model {
        buyer = person "buyer" "People who search, order and pay."
        seller = person "seller" "Shop owners who list products and schedule flash sales."
        support = person "support" "Staff who resolve disputes and refunds."
        actor_payment_provider = softwareSystem "payment-provider" "The card processor calling back with payment results." {
            tags "External"
        }
        identity_provider = softwareSystem "Identity provider" "OpenID Connect provider: sign-in, MFA and signed access tokens" {
            tags "External"
        }
        payment_provider = softwareSystem "Payment provider" "Takes card payments; card data never reaches bazaar" {
            tags "External"
        }
        notification_provider = softwareSystem "Email and push provider" "Delivers email and push notifications" {
            tags "External"
        }
        bazaar = softwareSystem "bazaar" "Shops list products, buyers search and order them, and timed flash sales draw crowds." {
            !docs .
            !adrs adr madr
            gateway = container "API gateway" "TLS termination, rate limits (120 requests/min per user, burst 40) and routing" "Ingress controller"
            api = container "bazaar API" "Modular monolith with modules accounts, categories, products, flash-sales, orders, payments, notifications" "Java 21"
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

        buyer -> gateway "Reads Product, FlashSale, Order; writes Order" "HTTPS/JSON"
        seller -> gateway "Manages own Shop; reads Product; writes Product" "HTTPS/JSON"
        support -> gateway "Administers every record" "HTTPS/JSON"
        actor_payment_provider -> gateway "Calls the API" "HTTPS/JSON"
        buyer -> identity_provider "Signs in" "OIDC"
        seller -> identity_provider "Signs in" "OIDC"
        support -> identity_provider "Signs in" "OIDC"
        payment_provider -> gateway "Sends signed payment webhooks" "HTTPS"
        gateway -> api "Routes every request" "HTTPS"
        api -> postgresql "Reads and writes users, shops, categories, products, product_images, flash_sales, orders, order_items, payments; transactional outbox" "JDBC"
        api -> opensearch "Indexes and searches documents" "HTTPS"
        api -> object_storage "Stores and reads files" "S3 API"
        api -> redis "Caches product by id, pages of list-live-flash-sales, pages of list-shop-products" "RESP"
        api -> broker "Publishes order-placed; Publishes payment-captured; Publishes flash-sale-started" "Apache Kafka"
        broker -> api "Delivers order-placed; Delivers payment-captured; Delivers payment-captured; Delivers payment-captured; Delivers flash-sale-started; Delivers flash-sale-started" "Apache Kafka"
        api -> identity_provider "Fetches token signing keys (JWKS)" "HTTPS"
        api -> payment_provider "Creates payments" "HTTPS"
        api -> notification_provider "Sends email and push" "HTTPS"
    }

    views {
        systemContext bazaar "SystemContext" {
            include *
            autoLayout
        }
        container bazaar "Containers" {
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
