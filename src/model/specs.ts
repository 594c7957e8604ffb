/**
 * The input specs of every calculator: bounds, defaults and where each default comes from, one file per
 * calculator or theme. Percent inputs are percentage points (37 means 37%). Source ids refer to
 * content/sources.json. Other code imports them from here or from the model's index (`src/model`).
 */
export * from './specs-profile';
export * from './specs-break-fix';
export * from './specs-managed';
export * from './specs-support';
export * from './specs-risk';
export * from './specs-in-house';
export * from './specs-comparison';
export * from './specs-settings';
export * from './specs-uptime';
