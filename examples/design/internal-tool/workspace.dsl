workspace "gearbook" "Employees book shared equipment (laptops, cameras, projectors) and IT tracks its upkeep." {
    model {
        employee = person "employee" "Staff who borrow equipment for a few days."
        it_staff = person "it-staff" "The two people who buy, repair and retire equipment and settle disputes."
        gearbook = softwareSystem "gearbook" "Employees book shared equipment (laptops, cameras, projectors) and IT tracks its upkeep." {
            !docs .
            !adrs adr madr
            gateway = container "API gateway" "TLS termination, rate limits (120 requests/min per user, burst 40) and routing" "Platform router"
            api = container "gearbook API" "Monolith with modules accounts, equipments" "Java 21"
            postgresql = container "PostgreSQL" "System of record: every entity's table" "postgres:17" {
                tags "Database"
            }
        }

        employee -> gateway "Reads Equipment, Booking; writes Booking" "HTTPS/JSON"
        it_staff -> gateway "Administers every record" "HTTPS/JSON"
        gateway -> api "Routes every request" "HTTPS"
        api -> postgresql "Reads and writes users, equipments, bookings, maintenance_notes" "JDBC"
    }

    views {
        systemContext gearbook "SystemContext" {
            include *
            autoLayout
        }
        container gearbook "Containers" {
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
