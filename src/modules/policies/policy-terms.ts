/** The policy library's terms as plain lists, for the tables, the routes' schemas and the web app alike. */

export const policyLevels = ['national', 'province', 'city', 'district'] as const;
export type PolicyLevel = (typeof policyLevels)[number];

/** A draft is seen by staff only; published, by everyone who reads policies; withdrawn, kept but offered to no one. */
export const policyStates = ['draft', 'published', 'withdrawn'] as const;
export type PolicyState = (typeof policyStates)[number];

export const benefitKinds = ['award', 'subsidy', 'taxRelief', 'service'] as const;
export type BenefitKind = (typeof benefitKinds)[number];

/**
 * How an item is delivered: 免申即享 (`automatic`: staff confirm the data-qualified list and pay, no application;
 * only for items whose every condition the data can check) or 快申快享 (`application`: the enterprise applies).
 */
export const deliveryModes = ['automatic', 'application'] as const;
export type DeliveryMode = (typeof deliveryModes)[number];

/** Where a policy's guide stands: out, due in more than two working days, due within them, or late. */
export const guideStatuses = ['done', 'onTime', 'dueSoon', 'overdue'] as const;
export type GuideStatus = (typeof guideStatuses)[number];
