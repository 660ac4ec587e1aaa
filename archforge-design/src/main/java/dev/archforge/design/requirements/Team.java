package dev.archforge.design.requirements;

import java.util.List;

/** Who builds and runs it: people, independent teams, and the skills they have. */
public record Team(int size, int teams, List<String> skills) {
    public Team {
        skills = List.copyOf(skills);
    }

    public boolean knows(String skill) {
        return skills.contains(skill);
    }
}
