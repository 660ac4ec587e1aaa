package dev.archforge.lint.testing.fake;

/** The rule interface of a made-up review kind, for the tests of the shared catalogue tests. */
public interface FakeRule {
    void check(StringBuilder subject);
}
