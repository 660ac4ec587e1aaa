package dev.archforge.design.consistency;

import java.util.List;

/** Every decision↔artifact implication, sorted by id. No classpath scanning: a new one is added here. */
final class Implications {
    static final List<Implication> ALL = List.of(
            new AppendOnlyRecordsStay(),
            new AuditLogIsAppendOnly(),
            new BatchCreatesHaveEndpoints(),
            new DeadLettersHaveAHome(),
            new GdprHasExportAndErasure(),
            new IdempotentCreatesTakeKeys(),
            new IdentifiersAgree(),
            new InvariantsAreChecked(),
            new KubernetesRequestsMatchCapacity(),
            new MachineActorsUseApiKeys(),
            new NaturalKeysAreUnique(),
            new OptimisticLockingInApi(),
            new OutboxHasTable(),
            new ServerFieldsAreReadOnly(),
            new SessionsHaveTable(),
            new StatesChangeThroughActions(),
            new TenantReferencesStayInTenant(),
            new TenantTablesHavePolicies(),
            new TimeSeriesTablesAreSplit());

    private Implications() {}
}
