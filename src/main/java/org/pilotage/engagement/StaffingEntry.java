package org.pilotage.engagement;

/**
 * One line of an engagement's staffing in the shape its reader may see: the agency's full assignment, the
 * client's pseudonymous line or named team member, the freelancer's own assignment. Each shape is its own record,
 * so a field a reader may not see does not exist in what it is sent.
 */
public sealed interface StaffingEntry permits ProviderEngagementView.Assignment,
		ClientEngagementView.PseudonymousStaffing, ClientEngagementView.TeamMember,
		FreelancerEngagementView.OwnAssignment {
}
