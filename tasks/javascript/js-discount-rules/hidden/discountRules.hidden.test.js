'use strict';
// Hidden behaviour tests for the tiers, the promotions and the cart pricing. The
// implementation is loaded from the folder in LIFTBENCH_IMPL (the candidate's workspace),
// never from next to this file.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

function load(name) {
  return require(path.join(process.env.LIFTBENCH_IMPL, name));
}

const tiersModule = load('tiers.js');
const promoModule = load('promotions.js');
const pricing = load('cartPricing.js');
const { tierFor } = tiersModule;
const { promotionDiscount } = promoModule;
const { priceCart } = pricing;

const DAY = '2024-05-10';

function line(sku, unitPrice, quantity, fields) {
  return Object.assign({ sku, category: 'misc', unitPrice, quantity }, fields);
}

function cartOf(...lines) {
  return { date: DAY, lines };
}

// ===== exports ============================================================================
test('exports', () => {
  assert.deepEqual(tiersModule.TIERS, ['none', 'bronze', 'silver', 'gold', 'platinum']);
  assert.deepEqual([...promoModule.PROMO_TYPES].sort(), ['bogo', 'bundle', 'category', 'fixed', 'percent', 'threshold']);
  assert.equal(pricing.MAX_DISCOUNT_RATIO, 0.5);
  assert.equal(pricing.SHIPPING_FEE, 495);
});

// ===== tiers ==============================================================================
for (const [customer, tier] of [
  [null, 'none'],
  [undefined, 'none'],
  [{}, 'none'],
  [{ points: 0 }, 'none'],
  [{ points: 1 }, 'bronze'],
  [{ points: 999 }, 'bronze'],
  [{ points: 1000 }, 'silver'],
  [{ memberYears: 1 }, 'none'],
  [{ memberYears: 2 }, 'silver'],
  [{ points: 1, memberYears: 2 }, 'silver'],
  [{ points: 4999 }, 'silver'],
  [{ points: 5000 }, 'gold'],
  [{ points: 1999, memberYears: 3 }, 'silver'],
  [{ points: 2000, memberYears: 3 }, 'gold'],
  [{ points: 2000, memberYears: 2 }, 'silver'],
  [{ points: 9999 }, 'gold'],
  [{ points: 10000 }, 'platinum'],
  [{ points: 4999, memberYears: 5 }, 'gold'],
  [{ points: 5000, memberYears: 5 }, 'platinum'],
  [{ points: 5000, memberYears: 4 }, 'gold'],
  [{ points: 50000, blocked: true }, 'none'],
  [{ staff: true }, 'platinum'],
  [{ staff: true, blocked: true }, 'none'],
]) {
  test(`tier of ${JSON.stringify(customer)} is ${tier}`, () => {
    assert.equal(tierFor(customer), tier);
    assert.equal(priceCart(cartOf(line('A', 100, 1)), customer, []).tier, tier);
  });
}

// ===== promotions: common checks ==========================================================
const BIG = cartOf(line('A', 2000, 2), line('B', 1500, 1, { category: 'books' }), line('C', 500, 3, { onSale: true }));
// subtotal 7000

test('unknown promotion types', () => {
  assert.throws(() => promotionDiscount(null, BIG, DAY), { message: 'unknown promotion type: null' });
  assert.throws(() => promotionDiscount(undefined, BIG, DAY), { message: 'unknown promotion type: undefined' });
  assert.throws(() => promotionDiscount({ code: 'X' }, BIG, DAY), { message: 'unknown promotion type: undefined' });
  assert.throws(() => promotionDiscount({ type: 'Percent', percent: 5 }, BIG, DAY), { message: 'unknown promotion type: Percent' });
  assert.throws(() => promotionDiscount({ type: 'constructor' }, BIG, DAY), { message: 'unknown promotion type: constructor' });
  assert.throws(() => promotionDiscount({ type: ['percent'], percent: 5 }, BIG, DAY), { message: 'unknown promotion type: percent' });
});

test('date ranges are inclusive and checked before the promotion fields', () => {
  const promo = { code: 'D', type: 'percent', percent: 10, startsOn: '2024-05-10', endsOn: '2024-05-12' };
  assert.equal(promotionDiscount(promo, BIG, '2024-05-09'), 0);
  assert.equal(promotionDiscount(promo, BIG, '2024-05-10'), 700);
  assert.equal(promotionDiscount(promo, BIG, '2024-05-12'), 700);
  assert.equal(promotionDiscount(promo, BIG, '2024-05-13'), 0);
  assert.equal(promotionDiscount({ type: 'percent', percent: 0, endsOn: '2024-01-01' }, BIG, DAY), 0);
  assert.equal(promotionDiscount({ type: 'percent', percent: 0, startsOn: '2024-06-01' }, BIG, DAY), 0);
  assert.equal(promotionDiscount({ type: 'percent', percent: 10, startsOn: '' }, BIG, DAY), 700);
});

test('minimum spend is checked before the promotion fields', () => {
  assert.equal(promotionDiscount({ type: 'fixed', amount: 500, minSpend: 7000 }, BIG, DAY), 500);
  assert.equal(promotionDiscount({ type: 'fixed', amount: 500, minSpend: 7001 }, BIG, DAY), 0);
  assert.equal(promotionDiscount({ type: 'fixed', amount: 0, minSpend: 7001 }, BIG, DAY), 0);
  assert.equal(promotionDiscount({ type: 'fixed', amount: 500, minSpend: 0 }, BIG, DAY), 500);
});

// ===== promotions by type =================================================================
test('percent', () => {
  assert.equal(promotionDiscount({ type: 'percent', percent: 100 }, BIG, DAY), 7000);
  assert.equal(promotionDiscount({ type: 'percent', percent: 12.5 }, BIG, DAY), 875);
  assert.equal(promotionDiscount({ type: 'percent', percent: 3 }, cartOf(line('A', 150, 1)), DAY), 5);
  assert.equal(promotionDiscount({ type: 'percent', percent: 3 }, cartOf(line('A', 149, 1)), DAY), 4);
  assert.equal(promotionDiscount({ type: 'percent', percent: 10, maxDiscount: 500 }, BIG, DAY), 500);
  assert.equal(promotionDiscount({ type: 'percent', percent: 10, maxDiscount: 700 }, BIG, DAY), 700);
  assert.equal(promotionDiscount({ type: 'percent', percent: 10, maxDiscount: 701 }, BIG, DAY), 700);
  assert.equal(promotionDiscount({ type: 'percent', percent: 10, maxDiscount: 0 }, BIG, DAY), 700);
  for (const percent of [0, -5, 100.5, undefined, 'x']) {
    assert.throws(() => promotionDiscount({ code: 'PX', type: 'percent', percent }, BIG, DAY), {
      message: 'promotion PX: percent must be above 0 and at most 100',
    });
  }
});

test('fixed', () => {
  assert.equal(promotionDiscount({ type: 'fixed', amount: 6999 }, BIG, DAY), 6999);
  assert.equal(promotionDiscount({ type: 'fixed', amount: 7000 }, BIG, DAY), 7000);
  assert.equal(promotionDiscount({ type: 'fixed', amount: 7001 }, BIG, DAY), 7000);
  assert.equal(promotionDiscount({ type: 'fixed', amount: 1 }, BIG, DAY), 1);
  for (const amount of [0, -1, undefined]) {
    assert.throws(() => promotionDiscount({ code: 'F', type: 'fixed', amount }, BIG, DAY), {
      message: 'promotion F: amount must be positive',
    });
  }
});

test('bogo', () => {
  const cart = cartOf(line('A', 1000, 1), line('B', 999, 5), line('A', 400, 2), line('A', 300, 3));
  assert.equal(promotionDiscount({ type: 'bogo', sku: 'A' }, cart, DAY), 700);
  assert.equal(promotionDiscount({ type: 'bogo', sku: 'B' }, cart, DAY), 1998);
  assert.equal(promotionDiscount({ type: 'bogo', sku: 'B', secondItemPercent: 50 }, cart, DAY), 999);
  assert.equal(promotionDiscount({ type: 'bogo', sku: 'B', secondItemPercent: 33 }, cart, DAY), 659);
  assert.equal(promotionDiscount({ type: 'bogo', sku: 'A', secondItemPercent: 25 }, cart, DAY), 175);
  assert.equal(promotionDiscount({ type: 'bogo', sku: 'Z' }, cart, DAY), 0);
  assert.equal(promotionDiscount({ type: 'bogo', sku: 'A' }, cartOf(line('A', 1000, 1)), DAY), 0);
  assert.throws(() => promotionDiscount({ code: 'BG', type: 'bogo' }, cart, DAY), { message: 'promotion BG: sku missing' });
  assert.throws(() => promotionDiscount({ code: 'BG', type: 'bogo', sku: '' }, cart, DAY), { message: 'promotion BG: sku missing' });
});

test('bundle', () => {
  const cart = cartOf(line('CAM', 30000, 2), line('BAG', 4000, 3), line('SD', 1500, 1), line('CAM', 1, 9));
  const promo = { type: 'bundle', skus: ['CAM', 'BAG'], bundlePrice: 31000 };
  assert.equal(promotionDiscount(promo, cart, DAY), 6000);
  assert.equal(promotionDiscount(Object.assign({}, promo, { maxSets: 1 }), cart, DAY), 3000);
  assert.equal(promotionDiscount(Object.assign({}, promo, { maxSets: 2 }), cart, DAY), 6000);
  assert.equal(promotionDiscount(Object.assign({}, promo, { maxSets: 3 }), cart, DAY), 6000);
  assert.equal(promotionDiscount({ type: 'bundle', skus: ['CAM', 'BAG', 'SD'], bundlePrice: 35000 }, cart, DAY), 500);
  assert.equal(promotionDiscount({ type: 'bundle', skus: ['CAM', 'TRIPOD'], bundlePrice: 100 }, cart, DAY), 0);
  assert.equal(promotionDiscount({ type: 'bundle', skus: ['TRIPOD', 'CAM'], bundlePrice: 100 }, cart, DAY), 0);
  assert.equal(promotionDiscount({ type: 'bundle', skus: ['CAM', 'BAG'], bundlePrice: 34000 }, cart, DAY), 0);
  assert.equal(promotionDiscount({ type: 'bundle', skus: ['CAM', 'BAG'], bundlePrice: 40000 }, cart, DAY), 0);
  assert.equal(promotionDiscount({ type: 'bundle', skus: ['CAM', 'BAG'], bundlePrice: 40000, maxSets: 1 }, cart, DAY), 0);
  assert.equal(promotionDiscount({ type: 'bundle', skus: ['CAM', 'BAG'], bundlePrice: 33999 }, cart, DAY), 2);
  assert.equal(promotionDiscount({ type: 'bundle', skus: ['BAG', 'SD'], bundlePrice: 0 }, cart, DAY), 5500);
  for (const bad of [
    { skus: ['CAM'], bundlePrice: 1 },
    { skus: 'CAM,BAG', bundlePrice: 1 },
    { skus: ['CAM', 'BAG'] },
    { skus: ['CAM', 'BAG'], bundlePrice: -1 },
  ]) {
    assert.throws(() => promotionDiscount(Object.assign({ code: 'BU', type: 'bundle' }, bad), cart, DAY), {
      message: 'promotion BU: a bundle needs two or more skus and a price',
    });
  }
});

test('threshold', () => {
  const steps = [
    { spend: 5000, off: 500 },
    { spend: 10000, off: 1500 },
    { spend: 2000, off: 100 },
  ];
  const at = (amount) => promotionDiscount({ type: 'threshold', steps }, cartOf(line('A', amount, 1)), DAY);
  assert.equal(at(1999), 0);
  assert.equal(at(2000), 100);
  assert.equal(at(4999), 100);
  assert.equal(at(5000), 500);
  assert.equal(at(9999), 500);
  assert.equal(at(10000), 1500);
  assert.equal(promotionDiscount({ type: 'threshold', steps: [{ spend: 0, off: 300 }, { spend: 0, off: 200 }] }, BIG, DAY), 300);
  for (const bad of [undefined, [], 'steps']) {
    assert.throws(() => promotionDiscount({ code: 'T', type: 'threshold', steps: bad }, BIG, DAY), {
      message: 'promotion T: steps missing',
    });
  }
});

test('category', () => {
  const cart = cartOf(
    line('B1', 1500, 2, { category: 'books' }),
    line('B2', 999, 1, { category: 'books', onSale: true }),
    line('A', 2000, 1),
  );
  assert.equal(promotionDiscount({ type: 'category', category: 'books', percent: 10 }, cart, DAY), 400);
  assert.equal(promotionDiscount({ type: 'category', category: 'books', percent: 10, excludeSale: true }, cart, DAY), 300);
  assert.equal(promotionDiscount({ type: 'category', category: 'toys', percent: 10 }, cart, DAY), 0);
  assert.equal(promotionDiscount({ type: 'category', category: 'books', percent: 100 }, cart, DAY), 3999);
  assert.equal(promotionDiscount({ type: 'category', category: 'books', percent: 0.1 }, cart, DAY), 4);
  for (const bad of [{ percent: 10 }, { category: 'books' }, { category: 'books', percent: 101 }, { category: '', percent: 5 }]) {
    assert.throws(() => promotionDiscount(Object.assign({ code: 'C', type: 'category' }, bad), cart, DAY), {
      message: 'promotion C: category and percent needed',
    });
  }
});

// ===== cart checks ========================================================================
test('cart checks', () => {
  for (const cart of [null, undefined, {}, { lines: 'A' }, { lines: [] }]) {
    assert.throws(() => priceCart(cart, null, []), { message: 'cart is empty' });
  }
  const ok = line('A', 100, 1);
  for (const [bad, message] of [
    [line('', 100, 1), 'line 2: sku missing'],
    [line(5, 100, 1), 'line 2: sku missing'],
    [line('B', 1.5, 1), 'line 2: unit price must be whole cents'],
    [line('B', -1, 1), 'line 2: unit price must be whole cents'],
    [line('B', '100', 1), 'line 2: unit price must be whole cents'],
    [line('B', 100, 0), 'line 2: quantity must be a positive whole number'],
    [line('B', 100, 1.5), 'line 2: quantity must be a positive whole number'],
    [line('', -1, 0), 'line 2: sku missing'],
    [line('B', -1, 0), 'line 2: unit price must be whole cents'],
  ]) {
    assert.throws(() => priceCart(cartOf(ok, bad, line('', 0, 0)), null, [{ type: 'nope' }]), { message });
  }
  assert.equal(priceCart(cartOf(line('A', 0, 1)), null, []).total, 495);
});

// ===== tier discounts =====================================================================
function tierOnly(customer, ...lines) {
  const priced = priceCart(cartOf(...lines), customer, []);
  return [priced.tierDiscount, priced.discount];
}

test('tier discounts by tier and eligible amount', () => {
  assert.deepEqual(tierOnly({ staff: true }, line('A', 1005, 1)), [101, 101]);
  assert.deepEqual(tierOnly({ points: 5000 }, line('A', 1010, 1)), [51, 51]);
  assert.deepEqual(tierOnly({ points: 1000 }, line('A', 4999, 1)), [0, 0]);
  assert.deepEqual(tierOnly({ points: 1000 }, line('A', 5000, 1)), [150, 150]);
  assert.deepEqual(tierOnly({ points: 1000 }, line('A', 5017, 1)), [151, 151]);
  assert.deepEqual(tierOnly({ points: 1 }, line('A', 9999, 1)), [0, 0]);
  assert.deepEqual(tierOnly({ points: 1 }, line('A', 10000, 1)), [200, 200]);
  assert.deepEqual(tierOnly({ points: 1 }, line('A', 50000, 1)), [200, 200]);
  assert.deepEqual(tierOnly(null, line('A', 50000, 1)), [0, 0]);
});

test('gift cards never earn a tier discount, sale items only for platinum', () => {
  const lines = [line('G', 5000, 1, { category: 'gift-card' }), line('S', 3000, 1, { onSale: true }), line('A', 2000, 1)];
  assert.deepEqual(tierOnly({ staff: true }, ...lines), [500, 500]);
  assert.deepEqual(tierOnly({ points: 5000 }, ...lines), [100, 100]);
  assert.deepEqual(tierOnly({ points: 1000 }, ...lines), [0, 0]);
  assert.deepEqual(tierOnly({ points: 1000 }, line('A', 5000, 1), line('G', 5000, 1, { category: 'gift-card', onSale: true })), [150, 150]);
  assert.deepEqual(tierOnly({ points: 1 }, line('A', 9000, 1), line('S', 1000, 1, { onSale: true })), [0, 0]);
});

// ===== promotions in the cart =============================================================
const CART = cartOf(line('A', 2000, 3), line('B', 1000, 2));
// subtotal 8000

test('stackable promotions add up, in list order, with the best plain one last', () => {
  const promos = [
    { code: 'S1', type: 'fixed', amount: 100, stackable: true },
    { code: 'P5', type: 'percent', percent: 5 },
    { code: 'P10', type: 'percent', percent: 10 },
    { code: 'S2', type: 'fixed', amount: 50, stackable: true },
    { code: 'F8', type: 'fixed', amount: 800 },
  ];
  const priced = priceCart(CART, null, promos);
  assert.deepEqual(priced.promotions, ['S1', 'S2', 'P10']);
  assert.equal(priced.discount, 950);
  assert.equal(priced.total, 7050);
  assert.equal(priced.shipping, 0);
});

test('of equal plain promotions the first one wins', () => {
  const promos = [
    { code: 'FIRST', type: 'fixed', amount: 800 },
    { code: 'SECOND', type: 'percent', percent: 10 },
  ];
  assert.deepEqual(priceCart(CART, null, promos).promotions, ['FIRST']);
});

test('promotions that give nothing are not listed, stackable or not', () => {
  const promos = [
    { code: 'OLD', type: 'fixed', amount: 100, endsOn: '2024-01-01', stackable: true },
    { code: 'NONE', type: 'bogo', sku: 'ZZZ' },
  ];
  const priced = priceCart(CART, null, promos);
  assert.deepEqual(priced.promotions, []);
  assert.equal(priced.discount, 0);
});

test('tier discount against the best plain promotion', () => {
  const gold = { points: 5000 };
  assert.deepEqual(priceCart(CART, gold, [{ code: 'F4', type: 'fixed', amount: 400 }]).promotions, []);
  assert.equal(priceCart(CART, gold, [{ code: 'F4', type: 'fixed', amount: 400 }]).tierDiscount, 400);
  assert.deepEqual(priceCart(CART, gold, [{ code: 'F401', type: 'fixed', amount: 401 }]).promotions, ['F401']);
  assert.equal(priceCart(CART, gold, [{ code: 'F401', type: 'fixed', amount: 401 }]).tierDiscount, 0);
  const withStack = priceCart(CART, gold, [
    { code: 'F3', type: 'fixed', amount: 300 },
    { code: 'S', type: 'fixed', amount: 70, stackable: true },
  ]);
  assert.deepEqual([withStack.promotions, withStack.tierDiscount, withStack.discount], [['S'], 400, 470]);
});

test('tier-restricted and new-customer promotions', () => {
  const promos = [
    { code: 'GOLDONLY', type: 'fixed', amount: 1000, tiers: ['gold', 'platinum'] },
    { code: 'WELCOME', type: 'fixed', amount: 600, newCustomersOnly: true },
  ];
  assert.deepEqual(priceCart(CART, { points: 5000 }, promos).promotions, ['GOLDONLY']);
  assert.deepEqual(priceCart(CART, { points: 1000 }, promos).promotions, ['WELCOME']);
  assert.deepEqual(priceCart(CART, { points: 1000, orders: 1 }, promos).promotions, []);
  assert.deepEqual(priceCart(CART, { points: 1000, orders: 0 }, promos).promotions, ['WELCOME']);
  assert.deepEqual(priceCart(CART, null, promos).promotions, ['WELCOME']);
  assert.deepEqual(priceCart(CART, { staff: true, orders: 3 }, promos).promotions, ['GOLDONLY']);
});

test('skipped promotions are not even checked', () => {
  const bad = [{ code: 'BAD', type: 'percent', percent: 0, tiers: ['gold'] }];
  assert.equal(priceCart(CART, null, bad).discount, 0);
  assert.throws(() => priceCart(CART, { points: 5000 }, bad), { message: 'promotion BAD: percent must be above 0 and at most 100' });
  assert.equal(priceCart(CART, { points: 5000 }, bad, { ignorePromotions: true }).tierDiscount, 400);
  assert.equal(priceCart(CART, null, [{ type: 'nope', newCustomersOnly: true }], { ignorePromotions: true }).total, 8000);
  assert.equal(priceCart(CART, { orders: 2 }, [{ type: 'nope', newCustomersOnly: true }]).total, 8000);
  assert.throws(() => priceCart(CART, { orders: 0 }, [{ type: 'nope', newCustomersOnly: true }]), {
    message: 'unknown promotion type: nope',
  });
});

test('no promotion list at all', () => {
  assert.equal(priceCart(CART, null).discount, 0);
  assert.equal(priceCart(CART, null, null, null).total, 8000);
});

test('the promotion day: options.today, else the cart date', () => {
  const promos = [{ code: 'MAY', type: 'fixed', amount: 100, startsOn: '2024-05-01', endsOn: '2024-05-31' }];
  assert.equal(priceCart(CART, null, promos).discount, 100);
  assert.equal(priceCart(CART, null, promos, { today: '2024-06-01' }).discount, 0);
  assert.equal(priceCart(Object.assign({}, CART, { date: '2024-04-30' }), null, promos).discount, 0);
  assert.equal(priceCart(Object.assign({}, CART, { date: '2024-04-30' }), null, promos, { today: '2024-05-02' }).discount, 100);
});

// ===== cap ================================================================================
test('the discount is capped at half the subtotal (rounded down)', () => {
  const cart = cartOf(line('A', 1001, 1));
  const at = (amount) => priceCart(cart, null, [{ code: 'F', type: 'fixed', amount }]);
  assert.deepEqual([at(499).discount, at(499).capped], [499, false]);
  assert.deepEqual([at(500).discount, at(500).capped], [500, false]);
  assert.deepEqual([at(501).discount, at(501).capped], [500, true]);
  assert.deepEqual(at(900), {
    subtotal: 1001,
    tier: 'none',
    tierDiscount: 0,
    promotions: ['F'],
    discount: 500,
    capped: true,
    shipping: 495,
    total: 996,
  });
  const stacked = priceCart(cart, { staff: true }, [{ code: 'S', type: 'fixed', amount: 450, stackable: true }]);
  assert.deepEqual([stacked.tierDiscount, stacked.discount, stacked.capped], [100, 500, true]);
});

// ===== shipping ===========================================================================
function shipping(customer, amount, options, promos) {
  return priceCart(cartOf(line('A', amount, 1)), customer, promos || [], options).shipping;
}

test('shipping for guests: free from 50.00 after discounts', () => {
  assert.equal(shipping(null, 4999), 495);
  assert.equal(shipping(null, 5000), 0);
  assert.equal(shipping(null, 4999, { express: true }), 1395);
  assert.equal(shipping(null, 5000, { express: true }), 900);
  assert.equal(shipping(null, 5100, {}, [{ code: 'F', type: 'fixed', amount: 100 }]), 0);
  assert.equal(shipping(null, 5100, {}, [{ code: 'F', type: 'fixed', amount: 101 }]), 495);
  assert.equal(shipping(null, 100, { pickup: true, express: true }), 0);
});

test('shipping by tier', () => {
  assert.equal(shipping({ staff: true }, 100), 0);
  assert.equal(shipping({ staff: true }, 100, { express: true }), 0);
  assert.equal(shipping({ points: 5000 }, 100), 0);
  assert.equal(shipping({ points: 5000 }, 100, { express: true }), 900);
  assert.equal(shipping({ points: 5000 }, 100, { express: true, pickup: true }), 0);
  assert.equal(shipping({ points: 1000 }, 100), 495);
  assert.equal(shipping({ points: 1000 }, 5100), 495);
  assert.equal(shipping({ points: 1000 }, 5200), 0);
  assert.equal(shipping({ points: 1000 }, 5200, { express: true }), 900);
  assert.equal(shipping({ points: 1 }, 100, { express: true }), 1395);
});

test('a full price with everything', () => {
  const cart = cartOf(
    line('CAM', 30000, 1, { category: 'photo' }),
    line('BAG', 4000, 1, { category: 'photo' }),
    line('CARD', 2500, 1, { category: 'gift-card' }),
    line('SOCK', 500, 4, { category: 'apparel', onSale: true }),
  );
  const promos = [
    { code: 'KIT', type: 'bundle', skus: ['CAM', 'BAG'], bundlePrice: 32000 },
    { code: 'SOCKS', type: 'bogo', sku: 'SOCK', stackable: true },
    { code: 'PHOTO', type: 'category', category: 'photo', percent: 5 },
  ];
  assert.deepEqual(priceCart(cart, { points: 5000, memberYears: 1 }, promos, { express: true }), {
    subtotal: 38500,
    tier: 'gold',
    tierDiscount: 0,
    promotions: ['SOCKS', 'KIT'],
    discount: 3000,
    capped: false,
    shipping: 900,
    total: 36400,
  });
});
