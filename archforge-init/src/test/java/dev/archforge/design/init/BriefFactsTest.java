package dev.archforge.design.init;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BriefFactsTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "We expect 10,000 daily active users. | DAILY_ACTIVE_USERS | 10000",
                "About 200k daily users at launch | DAILY_ACTIVE_USERS | 200000",
                "1.5 million users a day | DAILY_ACTIVE_USERS | 1500000",
                "We have 10,000 registered users | REGISTERED_USERS | 10000",
                "for our 40 support staff | REGISTERED_USERS | 40",
                "Fifteen thousand customers | REGISTERED_USERS | 15000",
                "5k active users | DAILY_ACTIVE_USERS | 5000",
                "We are a team of 4. | TEAM_SIZE | 4",
                "a team of four | TEAM_SIZE | 4",
                "3 backend engineers | TEAM_SIZE | 3",
                "Just me building it | TEAM_SIZE | 1",
                "two product teams | TEAMS | 2",
                "peaks of 10x on Sundays | PEAK_FACTOR | 10.0",
                "flash sales bring 20 times the normal traffic | PEAK_FACTOR | 20.0",
                "roughly 3x the usual load at lunch | PEAK_FACTOR | 3.0",
                "90% reads | READ_PERCENT | 90.0",
                "70 % of requests are writes | READ_PERCENT | 30.0",
                "growing 8% per month | MONTHLY_GROWTH_PERCENT | 8.0",
                "keep raw data for 90 days | RETENTION_MONTHS | 3",
                "we must retain records for 7 years | RETENTION_MONTHS | 84",
                "a retention of 18 months | RETENTION_MONTHS | 18"
            })
    void readsANumberTheBriefStates(String brief, Setting setting, String value) {
        assertThat(BriefFacts.settings(brief)).containsKey(setting);
        assertThat(String.valueOf(BriefFacts.settings(brief).get(setting))).isEqualTo(value);
    }

    @Test
    void readsAPhraseOnlyOnce() {
        Map<Setting, Object> facts = BriefFacts.settings("A team of 4 people builds it for 2,000 people.");

        assertThat(facts)
                .containsEntry(Setting.TEAM_SIZE, 4)
                .containsEntry(Setting.REGISTERED_USERS, 2000L)
                .hasSize(2);
    }

    @Test
    void daysUsersAreNotRegisteredUsers() {
        assertThat(BriefFacts.settings("10,000 daily active users"))
                .isEqualTo(Map.of(Setting.DAILY_ACTIVE_USERS, 10_000L));
        assertThat(BriefFacts.settings("up to 500 concurrent users and 2,000 monthly active users"))
                .isEqualTo(Map.of(Setting.CONCURRENT_CONNECTIONS, 500L));
    }

    @Test
    void readsNothingFromABriefWithoutNumbers() {
        assertThat(BriefFacts.settings(Briefs.FITNESS)).isEmpty();
        assertThat(BriefFacts.settings("Version 2.0 of our app; see section 4."))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "We need 99.9% uptime. | AVAILABILITY | 99.9",
                "availability of 99.95 % | AVAILABILITY | 99.95",
                "three nines | AVAILABILITY | 99.9",
                "an SLA of 95% | AVAILABILITY | 95.0",
                "p99 under 200 ms | LATENCY_P99_MS | 200",
                "respond within 150ms | LATENCY_P99_MS | 150",
                "a budget of $2,000 | BUDGET_PER_MONTH | 2000",
                "about $500 per month | BUDGET_PER_MONTH | 500",
                "RPO of 5 minutes | RPO_MINUTES | 5",
                "an RTO of 1 hour | RTO_MINUTES | 60",
                "It stores health records under HIPAA and takes cards (PCI-DSS). | COMPLIANCE | [hipaa, pci]",
                "SOC 2 and GDPR | COMPLIANCE | [gdpr, soc2]",
                "Our users are in the EU. | DATA_RESIDENCY | eu",
                "for German clinics | DATA_RESIDENCY | eu",
                "Data stays in the US. | DATA_RESIDENCY | us",
                "hosted on-premises | HOSTING | on-premises",
                "on our own servers | CLOUD | any",
                "We run on AWS. | HOSTING | cloud",
                "We run on Google Cloud. | CLOUD | gcp",
                "Our team knows Java, PostgreSQL and Kubernetes on Azure. | SKILLS | [java, postgresql, kubernetes,"
                        + " azure]"
            })
    void readsAConstraintTheBriefStates(String brief, Setting setting, String value) {
        assertThat(String.valueOf(BriefFacts.settings(brief).get(setting))).isEqualTo(value);
    }

    @Test
    void readsNoConstraintFromOrdinaryWords() {
        assertThat(BriefFacts.settings("Let us build it; 80% of users read. Tell us more about javascript."))
                .isEmpty();
    }

    @Test
    void takesTheResidencyNamedFirst() {
        assertThat(BriefFacts.settings("EU first, later the US").get(Setting.DATA_RESIDENCY))
                .isEqualTo("eu");
        assertThat(BriefFacts.settings("GDPR").get(Setting.COMPLIANCE)).isEqualTo(List.of("gdpr"));
    }
}
