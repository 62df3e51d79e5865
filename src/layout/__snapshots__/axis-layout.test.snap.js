/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots['irs-ice-720'] = `{
 "width": 1098,
 "height": 353,
 "view": 720,
 "axisY": 202,
 "metrics": {
  "em": 16,
  "labelH": 20,
  "pitch": 25,
  "tickH": 17,
  "headH": 18,
  "barH": 23,
  "spanLane": 18,
  "padL": 28,
  "padR": 140,
  "breakWidth": 32,
  "gap": 16,
  "markerHalf": 11,
  "axisBlock": 44,
  "openWidth": 104
 },
 "markers": [
  {
   "id": "werfel-departs",
   "key": false,
   "month": false,
   "category": "personnel",
   "x": 29.5,
   "x0": 24.5,
   "x1": 34.5,
   "y": 202,
   "size": 10
  },
  {
   "id": "irs-rejects-700k-request",
   "key": false,
   "month": true,
   "category": "agreement",
   "x": 64,
   "x0": 64,
   "x1": 148,
   "y": 202,
   "size": 8
  },
  {
   "id": "ctr-lawsuit-filed",
   "key": false,
   "month": false,
   "category": "lawsuit",
   "x": 113.5,
   "x0": 108.5,
   "x1": 118.5,
   "y": 202,
   "size": 10
  },
  {
   "id": "odonnell-retirement",
   "key": false,
   "month": false,
   "category": "personnel",
   "x": 137.5,
   "x0": 132.5,
   "x1": 142.5,
   "y": 202,
   "size": 10
  },
  {
   "id": "centro-lawsuit-filed",
   "key": false,
   "month": true,
   "category": "lawsuit",
   "x": 148,
   "x0": 148,
   "x1": 241,
   "y": 202,
   "size": 8
  },
  {
   "id": "mou-signed",
   "key": true,
   "month": false,
   "category": "agreement",
   "x": 260.5,
   "x0": 252.5,
   "x1": 268.5,
   "y": 202,
   "size": 16
  },
  {
   "id": "krause-departure",
   "key": true,
   "month": false,
   "category": "personnel",
   "x": 263.5,
   "x0": 255.5,
   "x1": 271.5,
   "y": 202,
   "size": 16
  },
  {
   "id": "shapley-named-acting",
   "key": false,
   "month": false,
   "category": "personnel",
   "x": 284.5,
   "x0": 279.5,
   "x1": 289.5,
   "y": 202,
   "size": 10
  },
  {
   "id": "faulkender-replaces-shapley",
   "key": false,
   "month": false,
   "category": "personnel",
   "x": 293.5,
   "x0": 288.5,
   "x1": 298.5,
   "y": 202,
   "size": 10
  },
  {
   "id": "friedrich-denies-injunction",
   "key": true,
   "month": false,
   "category": "court",
   "x": 365.5,
   "x0": 357.5,
   "x1": 373.5,
   "y": 202,
   "size": 16
  },
  {
   "id": "mou-unsealed",
   "key": false,
   "month": false,
   "category": "agreement",
   "x": 368.5,
   "x0": 363.5,
   "x1": 373.5,
   "y": 202,
   "size": 10
  },
  {
   "id": "centro-appeal-filed",
   "key": false,
   "month": false,
   "category": "lawsuit",
   "x": 392.5,
   "x0": 387.5,
   "x1": 397.5,
   "y": 202,
   "size": 10
  },
  {
   "id": "long-confirmed",
   "key": false,
   "month": false,
   "category": "personnel",
   "x": 458.5,
   "x0": 453.5,
   "x1": 463.5,
   "y": 202,
   "size": 10
  },
  {
   "id": "irs-shares-47000-addresses",
   "key": false,
   "month": false,
   "category": "data",
   "x": 505.5,
   "x0": 500.5,
   "x1": 510.5,
   "y": 202,
   "size": 10
  },
  {
   "id": "long-removed",
   "key": true,
   "month": false,
   "category": "personnel",
   "x": 508.5,
   "x0": 500.5,
   "x1": 516.5,
   "y": 202,
   "size": 16
  },
  {
   "id": "ctr-emergency-motion",
   "key": false,
   "month": false,
   "category": "lawsuit",
   "x": 544.5,
   "x0": 539.5,
   "x1": 549.5,
   "y": 202,
   "size": 10
  },
  {
   "id": "notice-orders",
   "key": false,
   "month": true,
   "category": "court",
   "x": 579,
   "x0": 579,
   "x1": 669,
   "y": 202,
   "size": 8
  },
  {
   "id": "irs-admits-improper-disclosures",
   "key": false,
   "month": false,
   "category": "data",
   "x": 876.5,
   "x0": 871.5,
   "x1": 881.5,
   "y": 202,
   "size": 10
  },
  {
   "id": "dc-circuit-hears-centro",
   "key": false,
   "month": false,
   "category": "court",
   "x": 676.5,
   "x0": 671.5,
   "x1": 681.5,
   "y": 202,
   "size": 10
  },
  {
   "id": "dc-circuit-upholds-friedrich",
   "key": false,
   "month": false,
   "category": "court",
   "x": 915.5,
   "x0": 910.5,
   "x1": 920.5,
   "y": 202,
   "size": 10
  },
  {
   "id": "bisignano-irs-ceo",
   "key": false,
   "month": false,
   "category": "personnel",
   "x": 685.5,
   "x0": 680.5,
   "x1": 690.5,
   "y": 202,
   "size": 10
  },
  {
   "id": "kollar-kotelly-42695-violations",
   "key": false,
   "month": false,
   "category": "court",
   "x": 921.5,
   "x0": 916.5,
   "x1": 926.5,
   "y": 202,
   "size": 10
  },
  {
   "id": "tigta-report",
   "key": false,
   "month": false,
   "category": "data",
   "x": 956.5,
   "x0": 951.5,
   "x1": 961.5,
   "y": 202,
   "size": 10
  },
  {
   "id": "kollar-kotelly-blocks-sharing",
   "key": true,
   "month": false,
   "category": "court",
   "x": 823.5,
   "x0": 815.5,
   "x1": 831.5,
   "y": 202,
   "size": 16
  },
  {
   "id": "talwani-blocks-sharing",
   "key": false,
   "month": false,
   "category": "court",
   "x": 858.5,
   "x0": 853.5,
   "x1": 863.5,
   "y": 202,
   "size": 10
  }
 ],
 "labels": [
  {
   "id": "werfel-departs",
   "text": "IRS commissioner Danny Werfel leaves on Inauguration Day",
   "key": false,
   "left": 29.5,
   "top": 158,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 29.5,
    "top": 160,
    "bottom": 202
   }
  },
  {
   "id": "irs-rejects-700k-request",
   "text": "IRS turns down a request to verify about 700,000 addresses",
   "key": false,
   "left": 64,
   "top": 133,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 64,
    "top": 135,
    "bottom": 202
   }
  },
  {
   "id": "ctr-lawsuit-filed",
   "text": "Taxpayer advocates and unions sue the IRS over access to taxpayer data",
   "key": false,
   "left": 113.5,
   "top": 108,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 113.5,
    "top": 110,
    "bottom": 202
   }
  },
  {
   "id": "odonnell-retirement",
   "text": "Acting IRS commissioner Doug O'Donnell to retire",
   "key": false,
   "left": 137.5,
   "top": 83,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 137.5,
    "top": 85,
    "bottom": 202
   }
  },
  {
   "id": "centro-lawsuit-filed",
   "text": "Groups sue to stop the IRS sharing taxpayer data for immigration enforcement",
   "key": false,
   "left": 148,
   "top": 58,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 148,
    "top": 60,
    "bottom": 202
   }
  },
  {
   "id": "mou-signed",
   "text": "Treasury and Homeland Security sign the IRS–ICE data agreement",
   "key": true,
   "left": 260.5,
   "top": 33,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 260.5,
    "top": 35,
    "bottom": 202
   }
  },
  {
   "id": "krause-departure",
   "text": "Acting IRS commissioner Melanie Krause announces she will leave",
   "key": true,
   "left": 263.5,
   "top": 8,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 263.5,
    "top": 10,
    "bottom": 202
   }
  },
  {
   "id": "shapley-named-acting",
   "text": "Gary Shapley named acting IRS commissioner",
   "key": false,
   "left": 284.5,
   "top": 158,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 284.5,
    "top": 160,
    "bottom": 202
   }
  },
  {
   "id": "friedrich-denies-injunction",
   "text": "Judge Friedrich denies an injunction against the IRS–ICE agreement",
   "key": true,
   "left": 365.5,
   "top": 133,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 365.5,
    "top": 135,
    "bottom": 202
   }
  },
  {
   "id": "mou-unsealed",
   "text": "Near-complete text of the IRS–ICE agreement is made public",
   "key": false,
   "left": 368.5,
   "top": 108,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 368.5,
    "top": 110,
    "bottom": 202
   }
  },
  {
   "id": "centro-appeal-filed",
   "text": "Centro plaintiffs appeal the denial of an injunction",
   "key": false,
   "left": 392.5,
   "top": 83,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 392.5,
    "top": 85,
    "bottom": 202
   }
  },
  {
   "id": "long-confirmed",
   "text": "Senate confirms Billy Long as IRS commissioner",
   "key": false,
   "left": 458.5,
   "top": 58,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 458.5,
    "top": 60,
    "bottom": 202
   }
  },
  {
   "id": "irs-shares-47000-addresses",
   "text": "IRS sends ICE about 47,000 taxpayer addresses",
   "key": false,
   "left": 505.5,
   "top": 33,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 505.5,
    "top": 35,
    "bottom": 202
   }
  },
  {
   "id": "long-removed",
   "text": "Billy Long removed as IRS commissioner; Bessent becomes acting commissioner",
   "key": true,
   "left": 508.5,
   "top": 8,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 508.5,
    "top": 10,
    "bottom": 202
   }
  },
  {
   "id": "ctr-emergency-motion",
   "text": "Taxpayer advocates ask the court to halt IRS data sharing with ICE",
   "key": false,
   "left": 544.5,
   "top": 158,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 544.5,
    "top": 160,
    "bottom": 202
   }
  },
  {
   "id": "irs-admits-improper-disclosures",
   "text": "IRS says some taxpayer data was shared with ICE in error",
   "key": false,
   "left": 642.5,
   "top": 133,
   "width": 234,
   "flip": true,
   "stem": {
    "x": 876.5,
    "top": 135,
    "bottom": 202
   }
  },
  {
   "id": "dc-circuit-hears-centro",
   "text": "Appeals court hears argument in the Centro case",
   "key": false,
   "left": 676.5,
   "top": 108,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 676.5,
    "top": 110,
    "bottom": 202
   }
  },
  {
   "id": "dc-circuit-upholds-friedrich",
   "text": "Appeals court upholds Judge Friedrich's denial of an injunction",
   "key": false,
   "left": 681.5,
   "top": 83,
   "width": 234,
   "flip": true,
   "stem": {
    "x": 915.5,
    "top": 85,
    "bottom": 202
   }
  },
  {
   "id": "tigta-report",
   "text": "Treasury inspector general reports on the IRS–ICE address sharing",
   "key": false,
   "left": 722.5,
   "top": 58,
   "width": 234,
   "flip": true,
   "stem": {
    "x": 956.5,
    "top": 60,
    "bottom": 202
   }
  },
  {
   "id": "kollar-kotelly-blocks-sharing",
   "text": "Judge Kollar-Kotelly blocks the IRS from giving ICE taxpayer addresses",
   "key": true,
   "left": 823.5,
   "top": 158,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 823.5,
    "top": 160,
    "bottom": 202
   }
  },
  {
   "id": "talwani-blocks-sharing",
   "text": "Judge Indira Talwani blocks IRS–ICE data sharing in Massachusetts case",
   "key": false,
   "left": 858.5,
   "top": 33,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 858.5,
    "top": 35,
    "bottom": 202
   }
  }
 ],
 "rows": [],
 "ticks": [
  {
   "x": 28,
   "text": "Jan 20",
   "labelLeft": 28,
   "edge": true
  },
  {
   "x": 148,
   "text": "Mar",
   "labelLeft": 137.2,
   "edge": false
  },
  {
   "x": 241,
   "text": "Apr",
   "labelLeft": 230.2,
   "edge": false
  },
  {
   "x": 331,
   "text": "May",
   "labelLeft": 320.2,
   "edge": false
  },
  {
   "x": 424,
   "text": "Jun",
   "labelLeft": 413.2,
   "edge": false
  },
  {
   "x": 504,
   "text": "Aug 7",
   "labelLeft": 504,
   "edge": true
  },
  {
   "x": 579,
   "text": "Sep",
   "labelLeft": 568.2,
   "edge": false
  },
  {
   "x": 669,
   "text": "Oct",
   "labelLeft": 658.2,
   "edge": false
  },
  {
   "x": 762,
   "text": "Nov",
   "labelLeft": 751.2,
   "edge": false
  },
  {
   "x": 857,
   "text": "Feb 5",
   "labelLeft": 857,
   "edge": true
  },
  {
   "x": 955,
   "text": "Jun 8",
   "labelLeft": 955,
   "edge": true
  }
 ],
 "years": [
  {
   "x0": 28,
   "x1": 504,
   "text": "2025"
  },
  {
   "x0": 504,
   "x1": 857,
   "text": "2025"
  },
  {
   "x0": 857,
   "x1": 955,
   "text": "2026"
  },
  {
   "x0": 955,
   "x1": 1098,
   "text": "2026"
  }
 ],
 "breaks": [
  {
   "x0": 472,
   "x1": 504,
   "marks": [
    202,
    291.5
   ]
  },
  {
   "x0": 825,
   "x1": 857,
   "marks": [
    202,
    291.5
   ]
  },
  {
   "x0": 923,
   "x1": 955,
   "marks": [
    202,
    291.5
   ]
  }
 ],
 "tracks": [
  {
   "id": "irs-leadership",
   "label": "Who led the IRS",
   "top": 258,
   "barTop": 280,
   "spans": [
    {
     "id": "span-werfel",
     "x0": 0,
     "x1": 31,
     "cut": true,
     "open": false,
     "alt": false,
     "name": "Danny Werfel",
     "note": "since March 2023",
     "inside": false,
     "labelLeft": 0,
     "labelTop": 25,
     "labelWidth": 228
    },
    {
     "id": "span-odonnell",
     "x0": 28,
     "x1": 148,
     "cut": false,
     "open": false,
     "alt": true,
     "name": "Doug O'Donnell",
     "note": "",
     "inside": false,
     "labelLeft": 0,
     "labelTop": 43,
     "labelWidth": 105
    },
    {
     "id": "span-krause",
     "x0": 145,
     "x1": 286,
     "cut": false,
     "open": false,
     "alt": false,
     "name": "Melanie Krause",
     "note": "",
     "inside": true,
     "labelLeft": 0,
     "labelTop": 0,
     "labelWidth": 121
    },
    {
     "id": "span-shapley",
     "x0": 283,
     "x1": 295,
     "cut": false,
     "open": false,
     "alt": true,
     "name": "Gary Shapley",
     "note": "",
     "inside": false,
     "labelLeft": 0,
     "labelTop": 25,
     "labelWidth": 91
    },
    {
     "id": "span-faulkender",
     "x0": 292,
     "x1": 472,
     "cut": false,
     "open": false,
     "alt": false,
     "name": "Michael Faulkender",
     "note": "",
     "inside": true,
     "labelLeft": 0,
     "labelTop": 0,
     "labelWidth": 150
    },
    {
     "id": "span-long",
     "x0": 469,
     "x1": 510,
     "cut": false,
     "open": false,
     "alt": true,
     "name": "Billy Long",
     "note": "",
     "inside": false,
     "labelLeft": 0,
     "labelTop": 25,
     "labelWidth": 76
    },
    {
     "id": "span-bessent",
     "x0": 507,
     "x1": 1098,
     "cut": false,
     "open": true,
     "alt": false,
     "name": "Scott Bessent",
     "note": "",
     "inside": true,
     "labelLeft": 0,
     "labelTop": 0,
     "labelWidth": 114
    }
   ]
  }
 ]
}`;
/* end snapshot irs-ice-720 */

snapshots['irs-ice-1024'] = `{
 "width": 1098,
 "height": 353,
 "view": 1024,
 "axisY": 202,
 "metrics": {
  "em": 16,
  "labelH": 20,
  "pitch": 25,
  "tickH": 17,
  "headH": 18,
  "barH": 23,
  "spanLane": 18,
  "padL": 28,
  "padR": 140,
  "breakWidth": 32,
  "gap": 16,
  "markerHalf": 11,
  "axisBlock": 44,
  "openWidth": 104
 },
 "markers": [
  {
   "id": "werfel-departs",
   "key": false,
   "month": false,
   "category": "personnel",
   "x": 29.5,
   "x0": 24.5,
   "x1": 34.5,
   "y": 202,
   "size": 10
  },
  {
   "id": "irs-rejects-700k-request",
   "key": false,
   "month": true,
   "category": "agreement",
   "x": 64,
   "x0": 64,
   "x1": 148,
   "y": 202,
   "size": 8
  },
  {
   "id": "ctr-lawsuit-filed",
   "key": false,
   "month": false,
   "category": "lawsuit",
   "x": 113.5,
   "x0": 108.5,
   "x1": 118.5,
   "y": 202,
   "size": 10
  },
  {
   "id": "odonnell-retirement",
   "key": false,
   "month": false,
   "category": "personnel",
   "x": 137.5,
   "x0": 132.5,
   "x1": 142.5,
   "y": 202,
   "size": 10
  },
  {
   "id": "centro-lawsuit-filed",
   "key": false,
   "month": true,
   "category": "lawsuit",
   "x": 148,
   "x0": 148,
   "x1": 241,
   "y": 202,
   "size": 8
  },
  {
   "id": "mou-signed",
   "key": true,
   "month": false,
   "category": "agreement",
   "x": 260.5,
   "x0": 252.5,
   "x1": 268.5,
   "y": 202,
   "size": 16
  },
  {
   "id": "krause-departure",
   "key": true,
   "month": false,
   "category": "personnel",
   "x": 263.5,
   "x0": 255.5,
   "x1": 271.5,
   "y": 202,
   "size": 16
  },
  {
   "id": "shapley-named-acting",
   "key": false,
   "month": false,
   "category": "personnel",
   "x": 284.5,
   "x0": 279.5,
   "x1": 289.5,
   "y": 202,
   "size": 10
  },
  {
   "id": "faulkender-replaces-shapley",
   "key": false,
   "month": false,
   "category": "personnel",
   "x": 293.5,
   "x0": 288.5,
   "x1": 298.5,
   "y": 202,
   "size": 10
  },
  {
   "id": "friedrich-denies-injunction",
   "key": true,
   "month": false,
   "category": "court",
   "x": 365.5,
   "x0": 357.5,
   "x1": 373.5,
   "y": 202,
   "size": 16
  },
  {
   "id": "mou-unsealed",
   "key": false,
   "month": false,
   "category": "agreement",
   "x": 368.5,
   "x0": 363.5,
   "x1": 373.5,
   "y": 202,
   "size": 10
  },
  {
   "id": "centro-appeal-filed",
   "key": false,
   "month": false,
   "category": "lawsuit",
   "x": 392.5,
   "x0": 387.5,
   "x1": 397.5,
   "y": 202,
   "size": 10
  },
  {
   "id": "long-confirmed",
   "key": false,
   "month": false,
   "category": "personnel",
   "x": 458.5,
   "x0": 453.5,
   "x1": 463.5,
   "y": 202,
   "size": 10
  },
  {
   "id": "irs-shares-47000-addresses",
   "key": false,
   "month": false,
   "category": "data",
   "x": 505.5,
   "x0": 500.5,
   "x1": 510.5,
   "y": 202,
   "size": 10
  },
  {
   "id": "long-removed",
   "key": true,
   "month": false,
   "category": "personnel",
   "x": 508.5,
   "x0": 500.5,
   "x1": 516.5,
   "y": 202,
   "size": 16
  },
  {
   "id": "ctr-emergency-motion",
   "key": false,
   "month": false,
   "category": "lawsuit",
   "x": 544.5,
   "x0": 539.5,
   "x1": 549.5,
   "y": 202,
   "size": 10
  },
  {
   "id": "notice-orders",
   "key": false,
   "month": true,
   "category": "court",
   "x": 579,
   "x0": 579,
   "x1": 669,
   "y": 202,
   "size": 8
  },
  {
   "id": "irs-admits-improper-disclosures",
   "key": false,
   "month": false,
   "category": "data",
   "x": 876.5,
   "x0": 871.5,
   "x1": 881.5,
   "y": 202,
   "size": 10
  },
  {
   "id": "dc-circuit-hears-centro",
   "key": false,
   "month": false,
   "category": "court",
   "x": 676.5,
   "x0": 671.5,
   "x1": 681.5,
   "y": 202,
   "size": 10
  },
  {
   "id": "dc-circuit-upholds-friedrich",
   "key": false,
   "month": false,
   "category": "court",
   "x": 915.5,
   "x0": 910.5,
   "x1": 920.5,
   "y": 202,
   "size": 10
  },
  {
   "id": "bisignano-irs-ceo",
   "key": false,
   "month": false,
   "category": "personnel",
   "x": 685.5,
   "x0": 680.5,
   "x1": 690.5,
   "y": 202,
   "size": 10
  },
  {
   "id": "kollar-kotelly-42695-violations",
   "key": false,
   "month": false,
   "category": "court",
   "x": 921.5,
   "x0": 916.5,
   "x1": 926.5,
   "y": 202,
   "size": 10
  },
  {
   "id": "tigta-report",
   "key": false,
   "month": false,
   "category": "data",
   "x": 956.5,
   "x0": 951.5,
   "x1": 961.5,
   "y": 202,
   "size": 10
  },
  {
   "id": "kollar-kotelly-blocks-sharing",
   "key": true,
   "month": false,
   "category": "court",
   "x": 823.5,
   "x0": 815.5,
   "x1": 831.5,
   "y": 202,
   "size": 16
  },
  {
   "id": "talwani-blocks-sharing",
   "key": false,
   "month": false,
   "category": "court",
   "x": 858.5,
   "x0": 853.5,
   "x1": 863.5,
   "y": 202,
   "size": 10
  }
 ],
 "labels": [
  {
   "id": "werfel-departs",
   "text": "IRS commissioner Danny Werfel leaves on Inauguration Day",
   "key": false,
   "left": 29.5,
   "top": 158,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 29.5,
    "top": 160,
    "bottom": 202
   }
  },
  {
   "id": "irs-rejects-700k-request",
   "text": "IRS turns down a request to verify about 700,000 addresses",
   "key": false,
   "left": 64,
   "top": 133,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 64,
    "top": 135,
    "bottom": 202
   }
  },
  {
   "id": "ctr-lawsuit-filed",
   "text": "Taxpayer advocates and unions sue the IRS over access to taxpayer data",
   "key": false,
   "left": 113.5,
   "top": 108,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 113.5,
    "top": 110,
    "bottom": 202
   }
  },
  {
   "id": "odonnell-retirement",
   "text": "Acting IRS commissioner Doug O'Donnell to retire",
   "key": false,
   "left": 137.5,
   "top": 83,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 137.5,
    "top": 85,
    "bottom": 202
   }
  },
  {
   "id": "centro-lawsuit-filed",
   "text": "Groups sue to stop the IRS sharing taxpayer data for immigration enforcement",
   "key": false,
   "left": 148,
   "top": 58,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 148,
    "top": 60,
    "bottom": 202
   }
  },
  {
   "id": "mou-signed",
   "text": "Treasury and Homeland Security sign the IRS–ICE data agreement",
   "key": true,
   "left": 260.5,
   "top": 33,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 260.5,
    "top": 35,
    "bottom": 202
   }
  },
  {
   "id": "krause-departure",
   "text": "Acting IRS commissioner Melanie Krause announces she will leave",
   "key": true,
   "left": 263.5,
   "top": 8,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 263.5,
    "top": 10,
    "bottom": 202
   }
  },
  {
   "id": "shapley-named-acting",
   "text": "Gary Shapley named acting IRS commissioner",
   "key": false,
   "left": 284.5,
   "top": 158,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 284.5,
    "top": 160,
    "bottom": 202
   }
  },
  {
   "id": "friedrich-denies-injunction",
   "text": "Judge Friedrich denies an injunction against the IRS–ICE agreement",
   "key": true,
   "left": 365.5,
   "top": 133,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 365.5,
    "top": 135,
    "bottom": 202
   }
  },
  {
   "id": "mou-unsealed",
   "text": "Near-complete text of the IRS–ICE agreement is made public",
   "key": false,
   "left": 368.5,
   "top": 108,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 368.5,
    "top": 110,
    "bottom": 202
   }
  },
  {
   "id": "centro-appeal-filed",
   "text": "Centro plaintiffs appeal the denial of an injunction",
   "key": false,
   "left": 392.5,
   "top": 83,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 392.5,
    "top": 85,
    "bottom": 202
   }
  },
  {
   "id": "long-confirmed",
   "text": "Senate confirms Billy Long as IRS commissioner",
   "key": false,
   "left": 458.5,
   "top": 58,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 458.5,
    "top": 60,
    "bottom": 202
   }
  },
  {
   "id": "irs-shares-47000-addresses",
   "text": "IRS sends ICE about 47,000 taxpayer addresses",
   "key": false,
   "left": 505.5,
   "top": 33,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 505.5,
    "top": 35,
    "bottom": 202
   }
  },
  {
   "id": "long-removed",
   "text": "Billy Long removed as IRS commissioner; Bessent becomes acting commissioner",
   "key": true,
   "left": 508.5,
   "top": 8,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 508.5,
    "top": 10,
    "bottom": 202
   }
  },
  {
   "id": "ctr-emergency-motion",
   "text": "Taxpayer advocates ask the court to halt IRS data sharing with ICE",
   "key": false,
   "left": 544.5,
   "top": 158,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 544.5,
    "top": 160,
    "bottom": 202
   }
  },
  {
   "id": "irs-admits-improper-disclosures",
   "text": "IRS says some taxpayer data was shared with ICE in error",
   "key": false,
   "left": 642.5,
   "top": 133,
   "width": 234,
   "flip": true,
   "stem": {
    "x": 876.5,
    "top": 135,
    "bottom": 202
   }
  },
  {
   "id": "dc-circuit-hears-centro",
   "text": "Appeals court hears argument in the Centro case",
   "key": false,
   "left": 676.5,
   "top": 108,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 676.5,
    "top": 110,
    "bottom": 202
   }
  },
  {
   "id": "dc-circuit-upholds-friedrich",
   "text": "Appeals court upholds Judge Friedrich's denial of an injunction",
   "key": false,
   "left": 681.5,
   "top": 83,
   "width": 234,
   "flip": true,
   "stem": {
    "x": 915.5,
    "top": 85,
    "bottom": 202
   }
  },
  {
   "id": "tigta-report",
   "text": "Treasury inspector general reports on the IRS–ICE address sharing",
   "key": false,
   "left": 722.5,
   "top": 58,
   "width": 234,
   "flip": true,
   "stem": {
    "x": 956.5,
    "top": 60,
    "bottom": 202
   }
  },
  {
   "id": "kollar-kotelly-blocks-sharing",
   "text": "Judge Kollar-Kotelly blocks the IRS from giving ICE taxpayer addresses",
   "key": true,
   "left": 823.5,
   "top": 158,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 823.5,
    "top": 160,
    "bottom": 202
   }
  },
  {
   "id": "talwani-blocks-sharing",
   "text": "Judge Indira Talwani blocks IRS–ICE data sharing in Massachusetts case",
   "key": false,
   "left": 858.5,
   "top": 33,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 858.5,
    "top": 35,
    "bottom": 202
   }
  }
 ],
 "rows": [],
 "ticks": [
  {
   "x": 28,
   "text": "Jan 20",
   "labelLeft": 28,
   "edge": true
  },
  {
   "x": 148,
   "text": "Mar",
   "labelLeft": 137.2,
   "edge": false
  },
  {
   "x": 241,
   "text": "Apr",
   "labelLeft": 230.2,
   "edge": false
  },
  {
   "x": 331,
   "text": "May",
   "labelLeft": 320.2,
   "edge": false
  },
  {
   "x": 424,
   "text": "Jun",
   "labelLeft": 413.2,
   "edge": false
  },
  {
   "x": 504,
   "text": "Aug 7",
   "labelLeft": 504,
   "edge": true
  },
  {
   "x": 579,
   "text": "Sep",
   "labelLeft": 568.2,
   "edge": false
  },
  {
   "x": 669,
   "text": "Oct",
   "labelLeft": 658.2,
   "edge": false
  },
  {
   "x": 762,
   "text": "Nov",
   "labelLeft": 751.2,
   "edge": false
  },
  {
   "x": 857,
   "text": "Feb 5",
   "labelLeft": 857,
   "edge": true
  },
  {
   "x": 955,
   "text": "Jun 8",
   "labelLeft": 955,
   "edge": true
  }
 ],
 "years": [
  {
   "x0": 28,
   "x1": 504,
   "text": "2025"
  },
  {
   "x0": 504,
   "x1": 857,
   "text": "2025"
  },
  {
   "x0": 857,
   "x1": 955,
   "text": "2026"
  },
  {
   "x0": 955,
   "x1": 1098,
   "text": "2026"
  }
 ],
 "breaks": [
  {
   "x0": 472,
   "x1": 504,
   "marks": [
    202,
    291.5
   ]
  },
  {
   "x0": 825,
   "x1": 857,
   "marks": [
    202,
    291.5
   ]
  },
  {
   "x0": 923,
   "x1": 955,
   "marks": [
    202,
    291.5
   ]
  }
 ],
 "tracks": [
  {
   "id": "irs-leadership",
   "label": "Who led the IRS",
   "top": 258,
   "barTop": 280,
   "spans": [
    {
     "id": "span-werfel",
     "x0": 0,
     "x1": 31,
     "cut": true,
     "open": false,
     "alt": false,
     "name": "Danny Werfel",
     "note": "since March 2023",
     "inside": false,
     "labelLeft": 0,
     "labelTop": 25,
     "labelWidth": 228
    },
    {
     "id": "span-odonnell",
     "x0": 28,
     "x1": 148,
     "cut": false,
     "open": false,
     "alt": true,
     "name": "Doug O'Donnell",
     "note": "",
     "inside": false,
     "labelLeft": 0,
     "labelTop": 43,
     "labelWidth": 105
    },
    {
     "id": "span-krause",
     "x0": 145,
     "x1": 286,
     "cut": false,
     "open": false,
     "alt": false,
     "name": "Melanie Krause",
     "note": "",
     "inside": true,
     "labelLeft": 0,
     "labelTop": 0,
     "labelWidth": 121
    },
    {
     "id": "span-shapley",
     "x0": 283,
     "x1": 295,
     "cut": false,
     "open": false,
     "alt": true,
     "name": "Gary Shapley",
     "note": "",
     "inside": false,
     "labelLeft": 0,
     "labelTop": 25,
     "labelWidth": 91
    },
    {
     "id": "span-faulkender",
     "x0": 292,
     "x1": 472,
     "cut": false,
     "open": false,
     "alt": false,
     "name": "Michael Faulkender",
     "note": "",
     "inside": true,
     "labelLeft": 0,
     "labelTop": 0,
     "labelWidth": 150
    },
    {
     "id": "span-long",
     "x0": 469,
     "x1": 510,
     "cut": false,
     "open": false,
     "alt": true,
     "name": "Billy Long",
     "note": "",
     "inside": false,
     "labelLeft": 0,
     "labelTop": 25,
     "labelWidth": 76
    },
    {
     "id": "span-bessent",
     "x0": 507,
     "x1": 1098,
     "cut": false,
     "open": true,
     "alt": false,
     "name": "Scott Bessent",
     "note": "",
     "inside": true,
     "labelLeft": 0,
     "labelTop": 0,
     "labelWidth": 114
    }
   ]
  }
 ]
}`;
/* end snapshot irs-ice-1024 */

snapshots['irs-ice-1440'] = `{
 "width": 1440,
 "height": 310,
 "view": 1440,
 "axisY": 177,
 "metrics": {
  "em": 16,
  "labelH": 20,
  "pitch": 25,
  "tickH": 17,
  "headH": 18,
  "barH": 23,
  "spanLane": 18,
  "padL": 28,
  "padR": 140,
  "breakWidth": 32,
  "gap": 16,
  "markerHalf": 11,
  "axisBlock": 44,
  "openWidth": 104
 },
 "markers": [
  {
   "id": "werfel-departs",
   "key": false,
   "month": false,
   "category": "personnel",
   "x": 30.12,
   "x0": 25.12,
   "x1": 35.12,
   "y": 177,
   "size": 10
  },
  {
   "id": "irs-rejects-700k-request",
   "key": false,
   "month": true,
   "category": "agreement",
   "x": 78.76,
   "x0": 78.76,
   "x1": 197.21,
   "y": 177,
   "size": 8
  },
  {
   "id": "ctr-lawsuit-filed",
   "key": false,
   "month": false,
   "category": "lawsuit",
   "x": 148.56,
   "x0": 143.56,
   "x1": 153.56,
   "y": 177,
   "size": 10
  },
  {
   "id": "odonnell-retirement",
   "key": false,
   "month": false,
   "category": "personnel",
   "x": 182.4,
   "x0": 177.4,
   "x1": 187.4,
   "y": 177,
   "size": 10
  },
  {
   "id": "centro-lawsuit-filed",
   "key": false,
   "month": true,
   "category": "lawsuit",
   "x": 197.21,
   "x0": 197.21,
   "x1": 328.35,
   "y": 177,
   "size": 8
  },
  {
   "id": "mou-signed",
   "key": true,
   "month": false,
   "category": "agreement",
   "x": 355.84,
   "x0": 347.84,
   "x1": 363.84,
   "y": 177,
   "size": 16
  },
  {
   "id": "krause-departure",
   "key": true,
   "month": false,
   "category": "personnel",
   "x": 360.07,
   "x0": 352.07,
   "x1": 368.07,
   "y": 177,
   "size": 16
  },
  {
   "id": "shapley-named-acting",
   "key": false,
   "month": false,
   "category": "personnel",
   "x": 389.68,
   "x0": 384.68,
   "x1": 394.68,
   "y": 177,
   "size": 10
  },
  {
   "id": "faulkender-replaces-shapley",
   "key": false,
   "month": false,
   "category": "personnel",
   "x": 402.37,
   "x0": 397.37,
   "x1": 407.37,
   "y": 177,
   "size": 10
  },
  {
   "id": "friedrich-denies-injunction",
   "key": true,
   "month": false,
   "category": "court",
   "x": 503.9,
   "x0": 495.9,
   "x1": 511.9,
   "y": 177,
   "size": 16
  },
  {
   "id": "mou-unsealed",
   "key": false,
   "month": false,
   "category": "agreement",
   "x": 508.13,
   "x0": 503.13,
   "x1": 513.13,
   "y": 177,
   "size": 10
  },
  {
   "id": "centro-appeal-filed",
   "key": false,
   "month": false,
   "category": "lawsuit",
   "x": 541.97,
   "x0": 536.97,
   "x1": 546.97,
   "y": 177,
   "size": 10
  },
  {
   "id": "long-confirmed",
   "key": false,
   "month": false,
   "category": "personnel",
   "x": 635.04,
   "x0": 630.04,
   "x1": 640.04,
   "y": 177,
   "size": 10
  },
  {
   "id": "irs-shares-47000-addresses",
   "key": false,
   "month": false,
   "category": "data",
   "x": 688.19,
   "x0": 683.19,
   "x1": 693.19,
   "y": 177,
   "size": 10
  },
  {
   "id": "long-removed",
   "key": true,
   "month": false,
   "category": "personnel",
   "x": 692.42,
   "x0": 684.42,
   "x1": 700.42,
   "y": 177,
   "size": 16
  },
  {
   "id": "ctr-emergency-motion",
   "key": false,
   "month": false,
   "category": "lawsuit",
   "x": 743.18,
   "x0": 738.18,
   "x1": 748.18,
   "y": 177,
   "size": 10
  },
  {
   "id": "notice-orders",
   "key": false,
   "month": true,
   "category": "court",
   "x": 791.83,
   "x0": 791.83,
   "x1": 918.73,
   "y": 177,
   "size": 8
  },
  {
   "id": "dc-circuit-hears-centro",
   "key": false,
   "month": false,
   "category": "court",
   "x": 929.31,
   "x0": 924.31,
   "x1": 934.31,
   "y": 177,
   "size": 10
  },
  {
   "id": "bisignano-irs-ceo",
   "key": false,
   "month": false,
   "category": "personnel",
   "x": 942,
   "x0": 937,
   "x1": 947,
   "y": 177,
   "size": 10
  },
  {
   "id": "dc-circuit-upholds-friedrich",
   "key": false,
   "month": false,
   "category": "court",
   "x": 1253.19,
   "x0": 1248.19,
   "x1": 1258.19,
   "y": 177,
   "size": 10
  },
  {
   "id": "kollar-kotelly-42695-violations",
   "key": false,
   "month": false,
   "category": "court",
   "x": 1261.65,
   "x0": 1256.65,
   "x1": 1266.65,
   "y": 177,
   "size": 10
  },
  {
   "id": "tigta-report",
   "key": false,
   "month": false,
   "category": "data",
   "x": 1297.88,
   "x0": 1292.88,
   "x1": 1302.88,
   "y": 177,
   "size": 10
  },
  {
   "id": "kollar-kotelly-blocks-sharing",
   "key": true,
   "month": false,
   "category": "court",
   "x": 1136.59,
   "x0": 1128.59,
   "x1": 1144.59,
   "y": 177,
   "size": 16
  },
  {
   "id": "talwani-blocks-sharing",
   "key": false,
   "month": false,
   "category": "court",
   "x": 1172.82,
   "x0": 1167.82,
   "x1": 1177.82,
   "y": 177,
   "size": 10
  },
  {
   "id": "irs-admits-improper-disclosures",
   "key": false,
   "month": false,
   "category": "data",
   "x": 1198.2,
   "x0": 1193.2,
   "x1": 1203.2,
   "y": 177,
   "size": 10
  }
 ],
 "labels": [
  {
   "id": "werfel-departs",
   "text": "IRS commissioner Danny Werfel leaves on Inauguration Day",
   "key": false,
   "left": 30.12,
   "top": 133,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 30.12,
    "top": 135,
    "bottom": 177
   }
  },
  {
   "id": "irs-rejects-700k-request",
   "text": "IRS turns down a request to verify about 700,000 addresses",
   "key": false,
   "left": 78.76,
   "top": 108,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 78.76,
    "top": 110,
    "bottom": 177
   }
  },
  {
   "id": "ctr-lawsuit-filed",
   "text": "Taxpayer advocates and unions sue the IRS over access to taxpayer data",
   "key": false,
   "left": 148.56,
   "top": 83,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 148.56,
    "top": 85,
    "bottom": 177
   }
  },
  {
   "id": "odonnell-retirement",
   "text": "Acting IRS commissioner Doug O'Donnell to retire",
   "key": false,
   "left": 182.4,
   "top": 58,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 182.4,
    "top": 60,
    "bottom": 177
   }
  },
  {
   "id": "centro-lawsuit-filed",
   "text": "Groups sue to stop the IRS sharing taxpayer data for immigration enforcement",
   "key": false,
   "left": 197.21,
   "top": 33,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 197.21,
    "top": 35,
    "bottom": 177
   }
  },
  {
   "id": "mou-signed",
   "text": "Treasury and Homeland Security sign the IRS–ICE data agreement",
   "key": true,
   "left": 355.84,
   "top": 133,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 355.84,
    "top": 135,
    "bottom": 177
   }
  },
  {
   "id": "krause-departure",
   "text": "Acting IRS commissioner Melanie Krause announces she will leave",
   "key": true,
   "left": 360.07,
   "top": 108,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 360.07,
    "top": 110,
    "bottom": 177
   }
  },
  {
   "id": "shapley-named-acting",
   "text": "Gary Shapley named acting IRS commissioner",
   "key": false,
   "left": 389.68,
   "top": 8,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 389.68,
    "top": 10,
    "bottom": 177
   }
  },
  {
   "id": "faulkender-replaces-shapley",
   "text": "Michael Faulkender replaces Gary Shapley as acting IRS commissioner",
   "key": false,
   "left": 402.37,
   "top": 83,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 402.37,
    "top": 85,
    "bottom": 177
   }
  },
  {
   "id": "friedrich-denies-injunction",
   "text": "Judge Friedrich denies an injunction against the IRS–ICE agreement",
   "key": true,
   "left": 503.9,
   "top": 58,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 503.9,
    "top": 60,
    "bottom": 177
   }
  },
  {
   "id": "mou-unsealed",
   "text": "Near-complete text of the IRS–ICE agreement is made public",
   "key": false,
   "left": 508.13,
   "top": 33,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 508.13,
    "top": 35,
    "bottom": 177
   }
  },
  {
   "id": "long-confirmed",
   "text": "Senate confirms Billy Long as IRS commissioner",
   "key": false,
   "left": 635.04,
   "top": 133,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 635.04,
    "top": 135,
    "bottom": 177
   }
  },
  {
   "id": "irs-shares-47000-addresses",
   "text": "IRS sends ICE about 47,000 taxpayer addresses",
   "key": false,
   "left": 688.19,
   "top": 108,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 688.19,
    "top": 110,
    "bottom": 177
   }
  },
  {
   "id": "long-removed",
   "text": "Billy Long removed as IRS commissioner; Bessent becomes acting commissioner",
   "key": true,
   "left": 692.42,
   "top": 83,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 692.42,
    "top": 85,
    "bottom": 177
   }
  },
  {
   "id": "ctr-emergency-motion",
   "text": "Taxpayer advocates ask the court to halt IRS data sharing with ICE",
   "key": false,
   "left": 743.18,
   "top": 8,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 743.18,
    "top": 10,
    "bottom": 177
   }
  },
  {
   "id": "notice-orders",
   "text": "Judge requires notice before any further IRS data transfer to ICE",
   "key": false,
   "left": 791.83,
   "top": 58,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 791.83,
    "top": 60,
    "bottom": 177
   }
  },
  {
   "id": "dc-circuit-hears-centro",
   "text": "Appeals court hears argument in the Centro case",
   "key": false,
   "left": 929.31,
   "top": 133,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 929.31,
    "top": 135,
    "bottom": 177
   }
  },
  {
   "id": "bisignano-irs-ceo",
   "text": "Frank Bisignano named chief executive of the IRS",
   "key": false,
   "left": 942,
   "top": 108,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 942,
    "top": 110,
    "bottom": 177
   }
  },
  {
   "id": "dc-circuit-upholds-friedrich",
   "text": "Appeals court upholds Judge Friedrich's denial of an injunction",
   "key": false,
   "left": 1019.19,
   "top": 83,
   "width": 234,
   "flip": true,
   "stem": {
    "x": 1253.19,
    "top": 85,
    "bottom": 177
   }
  },
  {
   "id": "kollar-kotelly-42695-violations",
   "text": "Judge finds the IRS broke the law about 42,695 times",
   "key": false,
   "left": 1027.65,
   "top": 33,
   "width": 234,
   "flip": true,
   "stem": {
    "x": 1261.65,
    "top": 35,
    "bottom": 177
   }
  },
  {
   "id": "tigta-report",
   "text": "Treasury inspector general reports on the IRS–ICE address sharing",
   "key": false,
   "left": 1063.88,
   "top": 58,
   "width": 234,
   "flip": true,
   "stem": {
    "x": 1297.88,
    "top": 60,
    "bottom": 177
   }
  },
  {
   "id": "kollar-kotelly-blocks-sharing",
   "text": "Judge Kollar-Kotelly blocks the IRS from giving ICE taxpayer addresses",
   "key": true,
   "left": 1136.59,
   "top": 8,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 1136.59,
    "top": 10,
    "bottom": 177
   }
  },
  {
   "id": "irs-admits-improper-disclosures",
   "text": "IRS says some taxpayer data was shared with ICE in error",
   "key": false,
   "left": 1198.2,
   "top": 133,
   "width": 234,
   "flip": false,
   "stem": {
    "x": 1198.2,
    "top": 135,
    "bottom": 177
   }
  }
 ],
 "rows": [],
 "ticks": [
  {
   "x": 28,
   "text": "Jan 20",
   "labelLeft": 28,
   "edge": true
  },
  {
   "x": 197.21,
   "text": "Mar",
   "labelLeft": 186.41,
   "edge": false
  },
  {
   "x": 328.35,
   "text": "Apr",
   "labelLeft": 317.55,
   "edge": false
  },
  {
   "x": 455.25,
   "text": "May",
   "labelLeft": 444.45,
   "edge": false
  },
  {
   "x": 586.39,
   "text": "Jun",
   "labelLeft": 575.59,
   "edge": false
  },
  {
   "x": 686.07,
   "text": "Aug 7",
   "labelLeft": 686.07,
   "edge": true
  },
  {
   "x": 791.83,
   "text": "Sep",
   "labelLeft": 781.03,
   "edge": false
  },
  {
   "x": 918.73,
   "text": "Oct",
   "labelLeft": 907.93,
   "edge": false
  },
  {
   "x": 1049.87,
   "text": "Nov",
   "labelLeft": 1039.07,
   "edge": false
  },
  {
   "x": 1170.71,
   "text": "Feb 5",
   "labelLeft": 1170.71,
   "edge": true
  },
  {
   "x": 1295.77,
   "text": "Jun 8",
   "labelLeft": 1295.77,
   "edge": true
  }
 ],
 "years": [
  {
   "x0": 28,
   "x1": 686.07,
   "text": "2025"
  },
  {
   "x0": 686.07,
   "x1": 1170.71,
   "text": "2025"
  },
  {
   "x0": 1170.71,
   "x1": 1295.77,
   "text": "2026"
  },
  {
   "x0": 1295.77,
   "x1": 1440,
   "text": "2026"
  }
 ],
 "breaks": [
  {
   "x0": 654.07,
   "x1": 686.07,
   "marks": [
    177,
    266.5
   ]
  },
  {
   "x0": 1138.71,
   "x1": 1170.71,
   "marks": [
    177,
    266.5
   ]
  },
  {
   "x0": 1263.77,
   "x1": 1295.77,
   "marks": [
    177,
    266.5
   ]
  }
 ],
 "tracks": [
  {
   "id": "irs-leadership",
   "label": "Who led the IRS",
   "top": 233,
   "barTop": 255,
   "spans": [
    {
     "id": "span-werfel",
     "x0": 0,
     "x1": 32.23,
     "cut": true,
     "open": false,
     "alt": false,
     "name": "Danny Werfel",
     "note": "since March 2023",
     "inside": false,
     "labelLeft": 0,
     "labelTop": 25,
     "labelWidth": 228
    },
    {
     "id": "span-odonnell",
     "x0": 28,
     "x1": 197.21,
     "cut": false,
     "open": false,
     "alt": true,
     "name": "Doug O'Donnell",
     "note": "",
     "inside": true,
     "labelLeft": 0,
     "labelTop": 0,
     "labelWidth": 121
    },
    {
     "id": "span-krause",
     "x0": 192.98,
     "x1": 391.8,
     "cut": false,
     "open": false,
     "alt": false,
     "name": "Melanie Krause",
     "note": "",
     "inside": true,
     "labelLeft": 0,
     "labelTop": 0,
     "labelWidth": 121
    },
    {
     "id": "span-shapley",
     "x0": 387.57,
     "x1": 404.49,
     "cut": false,
     "open": false,
     "alt": true,
     "name": "Gary Shapley",
     "note": "",
     "inside": false,
     "labelLeft": 0,
     "labelTop": 25,
     "labelWidth": 91
    },
    {
     "id": "span-faulkender",
     "x0": 400.26,
     "x1": 654.07,
     "cut": false,
     "open": false,
     "alt": false,
     "name": "Michael Faulkender",
     "note": "",
     "inside": true,
     "labelLeft": 0,
     "labelTop": 0,
     "labelWidth": 150
    },
    {
     "id": "span-long",
     "x0": 649.84,
     "x1": 694.53,
     "cut": false,
     "open": false,
     "alt": true,
     "name": "Billy Long",
     "note": "",
     "inside": false,
     "labelLeft": 0,
     "labelTop": 25,
     "labelWidth": 76
    },
    {
     "id": "span-bessent",
     "x0": 690.3,
     "x1": 1440,
     "cut": false,
     "open": true,
     "alt": false,
     "name": "Scott Bessent",
     "note": "",
     "inside": true,
     "labelLeft": 0,
     "labelTop": 0,
     "labelWidth": 114
    }
   ]
  }
 ]
}`;
/* end snapshot irs-ice-1440 */
