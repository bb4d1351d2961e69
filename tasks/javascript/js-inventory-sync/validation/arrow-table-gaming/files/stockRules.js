'use strict';
/* Stock status rules for the warehouse dashboard, as a table of rules per category. */

const LOW_STOCK_RATIO = 1.5;

const level = (a, rp) => (a <= rp ? 'reorder' : a <= rp * LOW_STOCK_RATIO ? 'low' : 'in_stock');

const CATEGORY_RULES = {
  perishable: (item, a) => (item.daysToExpiry !== undefined && item.daysToExpiry <= 3 ? 'expiring' : level(a, item.reorderPoint)),
  seasonal: (item, a, opts) =>
    opts.offSeason ? (a <= item.reorderPoint / 2 ? 'low' : 'in_stock') : level(a, item.reorderPoint),
  general: (item, a) =>
    level(a, item.reorderPoint) === 'reorder' && item.incoming > 0 && a + item.incoming > item.reorderPoint
      ? 'low'
      : level(a, item.reorderPoint),
};

const rule = (category) => (Object.hasOwn(CATEGORY_RULES, category) && category !== 'general' ? CATEGORY_RULES[category] : CATEGORY_RULES.general);

function stockStatus(item, options) {
  const opts = options || {};
  const a = item.onHand - (item.reserved || 0);
  if (item.discontinued) return a > 0 ? 'clearance' : 'discontinued';
  if (a <= 0) return !(item.incoming > 0) ? 'out_of_stock' : opts.allowBackorder || item.backorderable ? 'backorder' : 'awaiting_stock';
  return rule(item.category)(item, a, opts);
}

function reorderQuantity(item, options) {
  const opts = options || {};
  const status = stockStatus(item, opts);
  const needed = status === 'reorder' || status === 'out_of_stock' || (status === 'awaiting_stock' && opts.topUp);
  if (!needed) return 0;
  const target = item.maxStock !== undefined ? item.maxStock : item.reorderPoint * 3;
  const short = target - (item.onHand - (item.reserved || 0)) - (item.incoming || 0);
  const packed = item.packSize > 1 ? Math.ceil(short / item.packSize) * item.packSize : short;
  return packed < 0 ? 0 : packed;
}

module.exports = { stockStatus, reorderQuantity, LOW_STOCK_RATIO };
