package dev.archforge.design.artifact.docs;

/**
 * Sentences comparing an amount with the stated budget, each computed from the two numbers it
 * names: "The typical month, US$ 3,420, is 42.8 % of the stated US$ 8,000: it fits, with US$ 4,580
 * to spare."
 */
final class BudgetFit {
    private BudgetFit() {}

    static String sentence(String subject, long amount, long budget) {
        String head = subject + ", " + Text.usd(amount) + ", ";
        if (budget <= 0) {
            return head + "is " + Text.usd(amount) + " over the stated " + Text.usd(budget) + ".";
        }
        return head + "is " + Text.share(amount, budget) + " of the stated " + Text.usd(budget) + ": "
                + (amount <= budget
                        ? "it fits, with " + Text.usd(budget - amount) + " to spare."
                        : Text.usd(amount - budget) + " over.");
    }
}
