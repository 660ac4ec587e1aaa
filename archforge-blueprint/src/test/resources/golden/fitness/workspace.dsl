workspace "fittrack" "A fitness app where members log workouts, follow plans from coaches and see their progress." {
    model {
        member = person "member" "People who track their own workouts and progress."
        coach = person "coach" "Trainers who publish workout plans and follow the members who subscribe."
        admin = person "admin" "Staff who moderate content and handle support."
        identity_provider = softwareSystem "Identity provider" "OpenID Connect provider: sign-in, MFA and signed access tokens" {
            tags "External"
        }
        notification_provider = softwareSystem "Email and push provider" "Delivers email and push notifications" {
            tags "External"
        }
        fittrack = softwareSystem "fittrack" "A fitness app where members log workouts, follow plans from coaches and see their progress." {
            !docs .
            !adrs adr madr
            gateway = container "API gateway" "TLS termination, rate limits (120 requests/min per user, burst 40) and routing" "Load balancer"
            api = container "fittrack API" "Modular monolith with modules accounts, training, progress" "Java 21"
            postgresql = container "PostgreSQL" "System of record: every entity's table" "postgres:17" {
                tags "Database"
            }
            redis = container "Redis" "Cache and rate-limit counters" "redis:7.4" {
                tags "Database"
            }
        }

        member -> gateway "Reads Workout, ExerciseSet, ProgressSnapshot, Plan; writes Workout, ExerciseSet" "HTTPS/JSON"
        coach -> gateway "Manages own Plan" "HTTPS/JSON"
        admin -> gateway "Administers every record" "HTTPS/JSON"
        member -> identity_provider "Signs in" "OIDC"
        coach -> identity_provider "Signs in" "OIDC"
        admin -> identity_provider "Signs in" "OIDC"
        gateway -> api "Routes every request" "HTTPS"
        api -> postgresql "Reads and writes users, plans, workouts, exercise_sets, progress_snapshots; outbox and job queue" "JDBC"
        api -> redis "Caches published plans" "RESP"
        api -> identity_provider "Fetches token signing keys (JWKS)" "HTTPS"
        api -> notification_provider "Sends email and push" "HTTPS"
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
