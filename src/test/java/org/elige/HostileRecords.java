package org.elige;

/** Household records built to attack the reader, shared by the tests of issue 12. */
public final class HostileRecords {

    private HostileRecords() {}

    /** The record: members given only as ids, and parcels naming a member that does not exist. */
    public static String dangling(int members, int parcels) {
        StringBuilder b =
                new StringBuilder("{\"household_id\": \"H1\", \"evaluation_date\": \"2025-10-01\", \"members\": [");
        for (int i = 0; i < members; i++) {
            b.append(i == 0 ? "" : ",")
                    .append("{\"member_id\": \"MEMBER-")
                    .append(i)
                    .append("\"}");
        }
        b.append("], \"parcels\": [");
        for (int i = 0; i < parcels; i++) {
            b.append(i == 0 ? "" : ",")
                    .append("{\"parcel_id\": \"L")
                    .append(i)
                    .append("\", \"holder_member_id\": \"NOBODY\"}");
        }
        return b.append("]}").toString();
    }
}
