package dev.archforge.design.init.knowledge;

/**
 * The account entity every domain starts from: the record people sign in as. Domains add their own
 * fields to it by declaring {@code User} again; the draft merges the two.
 */
final class Accounts {
    private Accounts() {}

    static EntitySpec user() {
        return EntitySpec.named("User")
                .asAccount()
                .fields(
                        "email: email required unique",
                        "display_name: string(80) required",
                        "password_hash: string(255) sensitive");
    }
}
