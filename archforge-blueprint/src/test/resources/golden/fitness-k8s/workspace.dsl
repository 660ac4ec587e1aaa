workspace "fittrack" "A fitness app where members log workouts, follow plans from coaches and see their progress." {
    model {
        member = person "member" "People who track their own workouts and progress."
        coach = person "coach" "Trainers who publish workout plans and follow the members who subscribe."
        admin = person "admin" "Staff who moderate content and handle support."
        identity_provider = softwareSystem "Identity provider" "OpenID Connect provider: sign-in, MFA and signed access tokens" {
            tags "External"
        }
        payment_provider = softwareSystem "Payment provider" "Takes card payments; card data never reaches fittrack" {
            tags "External"
        }
        notification_provider = softwareSystem "Email and push provider" "Delivers email and push notifications" {
            tags "External"
        }
        fittrack = softwareSystem "fittrack" "A fitness app where members log workouts, follow plans from coaches and see their progress." {
            !docs .
            !adrs adr madr
            gateway = container "API gateway" "TLS termination, rate limits (120 requests/min per user, burst 40) and routing" "Ingress controller"
            accounts_service = container "accounts service" "Sign-up, profiles and roles." "Java 21"
            training_service = container "training service" "Plans, workouts and sets." "Java 21"
            progress_service = container "progress service" "Weekly progress computed from workouts." "Java 21"
            postgresql = container "PostgreSQL" "System of record: every entity's table" "postgres:17" {
                tags "Database"
            }
            redis = container "Redis" "Cache and rate-limit counters" "redis:7.4" {
                tags "Database"
            }
            opensearch = container "OpenSearch" "Full-text search index, fed from the system of record" "opensearchproject/opensearch:2.19.1" {
                tags "Database"
            }
            broker = container "Apache Kafka" "Carries domain events between components" "Apache Kafka" {
                tags "Queue"
            }
        }

        member -> gateway "Reads Workout, ExerciseSet, ProgressSnapshot, Plan; writes Workout, ExerciseSet" "HTTPS/JSON"
        coach -> gateway "Manages own Plan" "HTTPS/JSON"
        admin -> gateway "Administers every record" "HTTPS/JSON"
        member -> identity_provider "Signs in" "OIDC"
        coach -> identity_provider "Signs in" "OIDC"
        admin -> identity_provider "Signs in" "OIDC"
        payment_provider -> gateway "Sends signed payment webhooks" "HTTPS"
        gateway -> accounts_service "Routes /users" "HTTPS"
        gateway -> training_service "Routes /plans, /workouts, /exercise-sets" "HTTPS"
        gateway -> progress_service "Routes /progress-snapshots" "HTTPS"
        accounts_service -> postgresql "Reads and writes users; transactional outbox" "JDBC"
        accounts_service -> redis "Caches published plans" "RESP"
        accounts_service -> opensearch "Indexes and searches documents" "HTTPS"
        training_service -> postgresql "Reads and writes plans, workouts, exercise_sets; transactional outbox" "JDBC"
        training_service -> redis "Caches published plans" "RESP"
        training_service -> opensearch "Indexes and searches documents" "HTTPS"
        progress_service -> postgresql "Reads and writes progress_snapshots; transactional outbox" "JDBC"
        progress_service -> redis "Caches published plans" "RESP"
        progress_service -> opensearch "Indexes and searches documents" "HTTPS"
        training_service -> broker "Publishes workout-completed" "Apache Kafka"
        broker -> progress_service "Delivers workout-completed" "Apache Kafka"
        accounts_service -> identity_provider "Fetches token signing keys (JWKS)" "HTTPS"
        training_service -> identity_provider "Fetches token signing keys (JWKS)" "HTTPS"
        progress_service -> identity_provider "Fetches token signing keys (JWKS)" "HTTPS"
        accounts_service -> payment_provider "Creates payments" "HTTPS"
        accounts_service -> notification_provider "Sends email and push" "HTTPS"
    }

    views {
        systemContext fittrack "SystemContext" {
            include *
            autoLayout
        }
        container fittrack "Containers" {
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
