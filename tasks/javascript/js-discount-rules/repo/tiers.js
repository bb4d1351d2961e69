'use strict';
/*
 * Loyalty tiers. A customer's tier follows from their points and years of membership.
 */

var TIERS = ['none', 'bronze', 'silver', 'gold', 'platinum'];

function tierFor(customer) {
  if (!customer || customer.blocked) {
    return 'none';
  }
  if (customer.staff) {
    return 'platinum';
  }
  var points = customer.points || 0;
  var years = customer.memberYears || 0;
  if (points >= 10000 || (points >= 5000 && years >= 5)) {
    return 'platinum';
  }
  if (points >= 5000 || (points >= 2000 && years >= 3)) {
    return 'gold';
  }
  if (points >= 1000 || years >= 2) {
    return 'silver';
  }
  if (points > 0) {
    return 'bronze';
  }
  return 'none';
}

module.exports = {
  TIERS: TIERS,
  tierFor: tierFor,
};
