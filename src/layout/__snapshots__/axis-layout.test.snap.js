/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["irs-ice-720"] = 
`{
 "width": 1098,
 "height": 553,
 "view": 720,
 "axisY": 402,
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
   "band": false,
   "category": "personnel",
   "x": 29.5,
   "x0": 24.5,
   "x1": 34.5,
   "y": 402,
   "size": 10
  },
  {
   "id": "ctr-lawsuit-filed",
   "key": false,
   "band": false,
   "category": "lawsuit",
   "x": 113.5,
   "x0": 108.5,
   "x1": 118.5,
   "y": 402,
   "size": 10
  },
  {
   "id": "odonnell-retirement",
   "key": false,
   "band": false,
   "category": "personnel",
   "x": 137.5,
   "x0": 132.5,
   "x1": 142.5,
   "y": 402,
   "size": 10
  },
  {
   "id": "irs-rejects-700k-request",
   "key": false,
   "band": true,
   "category": "agreement",
   "x": 64,
   "x0": 64,
   "x1": 148,
   "y": 402,
   "size": 8
  },
  {
   "id": "centro-lawsuit-filed",
   "key": false,
   "band": true,
   "category": "lawsuit",
   "x": 148,
   "x0": 148,
   "x1": 241,
   "y": 402,
   "size": 8
  },
  {
   "id": "mou-signed",
   "key": true,
   "band": false,
   "category": "agreement",
   "x": 260.5,
   "x0": 252.5,
   "x1": 268.5,
   "y": 402,
   "size": 16
  },
  {
   "id": "krause-departure",
   "key": true,
   "band": false,
   "category": "personnel",
   "x": 263.5,
   "x0": 255.5,
   "x1": 271.5,
   "y": 402,
   "size": 16
  },
  {
   "id": "shapley-named-acting",
   "key": false,
   "band": false,
   "category": "personnel",
   "x": 284.5,
   "x0": 279.5,
   "x1": 289.5,
   "y": 402,
   "size": 10
  },
  {
   "id": "faulkender-replaces-shapley",
   "key": false,
   "band": false,
   "category": "personnel",
   "x": 293.5,
   "x0": 288.5,
   "x1": 298.5,
   "y": 402,
   "size": 10
  },
  {
   "id": "friedrich-denies-injunction",
   "key": true,
   "band": false,
   "category": "court",
   "x": 365.5,
   "x0": 357.5,
   "x1": 373.5,
   "y": 402,
   "size": 16
  },
  {
   "id": "mou-unsealed",
   "key": false,
   "band": false,
   "category": "agreement",
   "x": 368.5,
   "x0": 363.5,
   "x1": 373.5,
   "y": 402,
   "size": 10
  },
  {
   "id": "centro-appeal-filed",
   "key": false,
   "band": false,
   "category": "lawsuit",
   "x": 392.5,
   "x0": 387.5,
   "x1": 397.5,
   "y": 402,
   "size": 10
  },
  {
   "id": "long-confirmed",
   "key": false,
   "band": false,
   "category": "personnel",
   "x": 458.5,
   "x0": 453.5,
   "x1": 463.5,
   "y": 402,
   "size": 10
  },
  {
   "id": "long-sworn-in",
   "key": false,
   "band": false,
   "category": "personnel",
   "x": 470.5,
   "x0": 465.5,
   "x1": 475.5,
   "y": 402,
   "size": 10
  },
  {
   "id": "irs-shares-47000-addresses",
   "key": false,
   "band": false,
   "category": "data",
   "x": 505.5,
   "x0": 500.5,
   "x1": 510.5,
   "y": 402,
   "size": 10
  },
  {
   "id": "long-removed",
   "key": true,
   "band": false,
   "category": "personnel",
   "x": 508.5,
   "x0": 500.5,
   "x1": 516.5,
   "y": 402,
   "size": 16
  },
  {
   "id": "ctr-emergency-motion",
   "key": false,
   "band": false,
   "category": "lawsuit",
   "x": 544.5,
   "x0": 539.5,
   "x1": 549.5,
   "y": 402,
   "size": 10
  },
  {
   "id": "notice-orders",
   "key": false,
   "band": true,
   "category": "court",
   "x": 579,
   "x0": 579,
   "x1": 669,
   "y": 402,
   "size": 8
  },
  {
   "id": "dc-circuit-hears-centro",
   "key": false,
   "band": false,
   "category": "court",
   "x": 676.5,
   "x0": 671.5,
   "x1": 681.5,
   "y": 402,
   "size": 10
  },
  {
   "id": "bisignano-irs-ceo",
   "key": false,
   "band": false,
   "category": "personnel",
   "x": 685.5,
   "x0": 680.5,
   "x1": 690.5,
   "y": 402,
   "size": 10
  },
  {
   "id": "kollar-kotelly-blocks-sharing",
   "key": true,
   "band": false,
   "category": "court",
   "x": 823.5,
   "x0": 815.5,
   "x1": 831.5,
   "y": 402,
   "size": 16
  },
  {
   "id": "talwani-blocks-sharing",
   "key": false,
   "band": false,
   "category": "court",
   "x": 858.5,
   "x0": 853.5,
   "x1": 863.5,
   "y": 402,
   "size": 10
  },
  {
   "id": "irs-admits-improper-disclosures",
   "key": false,
   "band": false,
   "category": "data",
   "x": 876.5,
   "x0": 871.5,
   "x1": 881.5,
   "y": 402,
   "size": 10
  },
  {
   "id": "dc-circuit-upholds-friedrich",
   "key": false,
   "band": false,
   "category": "court",
   "x": 915.5,
   "x0": 910.5,
   "x1": 920.5,
   "y": 402,
   "size": 10
  },
  {
   "id": "kollar-kotelly-42695-violations",
   "key": false,
   "band": false,
   "category": "court",
   "x": 921.5,
   "x0": 916.5,
   "x1": 926.5,
   "y": 402,
   "size": 10
  },
  {
   "id": "tigta-report",
   "key": false,
   "band": false,
   "category": "data",
   "x": 956.5,
   "x0": 951.5,
   "x1": 961.5,
   "y": 402,
   "size": 10
  }
 ],
 "labels": [
  {
   "id": "werfel-departs",
   "text": "Werfel leaves",
   "full": "IRS commissioner Danny Werfel leaves on Inauguration Day",
   "key": false,
   "more": [],
   "left": 29.5,
   "top": 258,
   "width": 113,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 29.5,
    "top": 260,
    "bottom": 402
   }
  },
  {
   "id": "irs-rejects-700k-request",
   "text": "Request refused",
   "full": "IRS turns down a request to verify about 700,000 addresses",
   "key": false,
   "more": [],
   "left": 64,
   "top": 283,
   "width": 128,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 64,
    "top": 285,
    "bottom": 402
   }
  },
  {
   "id": "ctr-lawsuit-filed",
   "text": "Advocates sue",
   "full": "Taxpayer advocates and unions sue the IRS over access to taxpayer data",
   "key": false,
   "more": [],
   "left": 113.5,
   "top": 308,
   "width": 113,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 113.5,
    "top": 310,
    "bottom": 402
   }
  },
  {
   "id": "odonnell-retirement",
   "text": "O'Donnell exits",
   "full": "Acting IRS commissioner Doug O'Donnell to retire",
   "key": false,
   "more": [],
   "left": 137.5,
   "top": 333,
   "width": 127,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 137.5,
    "top": 335,
    "bottom": 402
   }
  },
  {
   "id": "centro-lawsuit-filed",
   "text": "Centro sues",
   "full": "Groups sue to stop the IRS sharing taxpayer data for immigration enforcement",
   "key": false,
   "more": [],
   "left": 148,
   "top": 358,
   "width": 97,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 148,
    "top": 360,
    "bottom": 402
   }
  },
  {
   "id": "mou-signed",
   "text": "Agreement signed",
   "full": "Treasury and Homeland Security sign the IRS–ICE data agreement",
   "key": true,
   "more": [],
   "left": 260.5,
   "top": 8,
   "width": 136,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 260.5,
    "top": 10,
    "bottom": 402
   }
  },
  {
   "id": "krause-departure",
   "text": "Krause to leave",
   "full": "Acting IRS commissioner Melanie Krause announces she will leave",
   "key": true,
   "more": [],
   "left": 263.5,
   "top": 33,
   "width": 128,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 263.5,
    "top": 35,
    "bottom": 402
   }
  },
  {
   "id": "shapley-named-acting",
   "text": "Shapley named",
   "full": "Gary Shapley named acting IRS commissioner",
   "key": false,
   "more": [],
   "left": 284.5,
   "top": 58,
   "width": 113,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 284.5,
    "top": 60,
    "bottom": 402
   }
  },
  {
   "id": "faulkender-replaces-shapley",
   "text": "Faulkender named",
   "full": "Michael Faulkender replaces Gary Shapley as acting IRS commissioner",
   "key": false,
   "more": [],
   "left": 293.5,
   "top": 83,
   "width": 136,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 293.5,
    "top": 85,
    "bottom": 402
   }
  },
  {
   "id": "friedrich-denies-injunction",
   "text": "Friedrich ruling",
   "full": "Judge Friedrich denies an injunction against the IRS–ICE agreement",
   "key": true,
   "more": [],
   "left": 365.5,
   "top": 108,
   "width": 136,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 365.5,
    "top": 110,
    "bottom": 402
   }
  },
  {
   "id": "mou-unsealed",
   "text": "Text made public",
   "full": "Near-complete text of the IRS–ICE agreement is made public",
   "key": false,
   "more": [],
   "left": 368.5,
   "top": 133,
   "width": 136,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 368.5,
    "top": 135,
    "bottom": 402
   }
  },
  {
   "id": "centro-appeal-filed",
   "text": "Centro appeals",
   "full": "Centro plaintiffs appeal the denial of an injunction",
   "key": false,
   "more": [],
   "left": 392.5,
   "top": 158,
   "width": 121,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 392.5,
    "top": 160,
    "bottom": 402
   }
  },
  {
   "id": "long-confirmed",
   "text": "Long confirmed",
   "full": "Senate confirms Billy Long as IRS commissioner",
   "key": false,
   "more": [],
   "left": 458.5,
   "top": 183,
   "width": 121,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 458.5,
    "top": 185,
    "bottom": 402
   }
  },
  {
   "id": "long-sworn-in",
   "text": "Long sworn in",
   "full": "Billy Long sworn in as the 51st IRS commissioner",
   "key": false,
   "more": [],
   "left": 470.5,
   "top": 208,
   "width": 113,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 470.5,
    "top": 210,
    "bottom": 402
   }
  },
  {
   "id": "irs-shares-47000-addresses",
   "text": "Addresses sent",
   "full": "IRS sends ICE about 47,000 taxpayer addresses",
   "key": false,
   "more": [],
   "left": 505.5,
   "top": 233,
   "width": 121,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 505.5,
    "top": 235,
    "bottom": 402
   }
  },
  {
   "id": "long-removed",
   "text": "Long removed",
   "full": "Billy Long removed as IRS commissioner; Bessent becomes acting commissioner",
   "key": true,
   "more": [],
   "left": 508.5,
   "top": 258,
   "width": 105,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 508.5,
    "top": 260,
    "bottom": 402
   }
  },
  {
   "id": "ctr-emergency-motion",
   "text": "Halt sought",
   "full": "Taxpayer advocates ask the court to halt IRS data sharing with ICE",
   "key": false,
   "more": [],
   "left": 544.5,
   "top": 283,
   "width": 97,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 544.5,
    "top": 285,
    "bottom": 402
   }
  },
  {
   "id": "notice-orders",
   "text": "Notice ordered",
   "full": "Judge requires notice before any further IRS data transfer to ICE",
   "key": false,
   "more": [],
   "left": 579,
   "top": 308,
   "width": 121,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 579,
    "top": 310,
    "bottom": 402
   }
  },
  {
   "id": "dc-circuit-hears-centro",
   "text": "Appeal argued",
   "full": "Appeals court hears argument in the Centro case",
   "key": false,
   "more": [],
   "left": 676.5,
   "top": 333,
   "width": 113,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 676.5,
    "top": 335,
    "bottom": 402
   }
  },
  {
   "id": "bisignano-irs-ceo",
   "text": "Bisignano named",
   "full": "Frank Bisignano named chief executive of the IRS",
   "key": false,
   "more": [],
   "left": 685.5,
   "top": 358,
   "width": 128,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 685.5,
    "top": 360,
    "bottom": 402
   }
  },
  {
   "id": "kollar-kotelly-blocks-sharing",
   "text": "Sharing blocked",
   "full": "Judge Kollar-Kotelly blocks the IRS from giving ICE taxpayer addresses",
   "key": true,
   "more": [],
   "left": 823.5,
   "top": 233,
   "width": 128,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 823.5,
    "top": 235,
    "bottom": 402
   }
  },
  {
   "id": "talwani-blocks-sharing",
   "text": "Talwani ruling",
   "full": "Judge Indira Talwani blocks IRS–ICE data sharing in Massachusetts case",
   "key": false,
   "more": [],
   "left": 858.5,
   "top": 258,
   "width": 121,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 858.5,
    "top": 260,
    "bottom": 402
   }
  },
  {
   "id": "irs-admits-improper-disclosures",
   "text": "IRS admits errors",
   "full": "IRS says some taxpayer data was shared with ICE in error",
   "key": false,
   "more": [],
   "left": 876.5,
   "top": 283,
   "width": 144,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 876.5,
    "top": 285,
    "bottom": 402
   }
  },
  {
   "id": "dc-circuit-upholds-friedrich",
   "text": "Friedrich upheld",
   "full": "Appeals court upholds Judge Friedrich's denial of an injunction",
   "key": false,
   "more": [],
   "left": 915.5,
   "top": 308,
   "width": 136,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 915.5,
    "top": 310,
    "bottom": 402
   }
  },
  {
   "id": "kollar-kotelly-42695-violations",
   "text": "Violations found",
   "full": "Judge finds the IRS broke the law about 42,695 times",
   "key": false,
   "more": [],
   "left": 921.5,
   "top": 333,
   "width": 136,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 921.5,
    "top": 335,
    "bottom": 402
   }
  },
  {
   "id": "tigta-report",
   "text": "Watchdog report",
   "full": "Treasury inspector general reports on the IRS–ICE address sharing",
   "key": false,
   "more": [],
   "left": 956.5,
   "top": 358,
   "width": 128,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 956.5,
    "top": 360,
    "bottom": 402
   }
  }
 ],
 "rows": [],
 "ticks": [
  {
   "x": 29.5,
   "text": "Jan 20",
   "labelLeft": 7.9,
   "labelWidth": 43.2,
   "edge": true,
   "date": 1737331200000
  },
  {
   "x": 148,
   "text": "Mar",
   "labelLeft": 137.2,
   "labelWidth": 21.6,
   "edge": false,
   "date": 1740787200000
  },
  {
   "x": 241,
   "text": "Apr",
   "labelLeft": 230.2,
   "labelWidth": 21.6,
   "edge": false,
   "date": 1743465600000
  },
  {
   "x": 331,
   "text": "May",
   "labelLeft": 320.2,
   "labelWidth": 21.6,
   "edge": false,
   "date": 1746057600000
  },
  {
   "x": 424,
   "text": "Jun",
   "labelLeft": 413.2,
   "labelWidth": 21.6,
   "edge": false,
   "date": 1748736000000
  },
  {
   "x": 505.5,
   "text": "Aug 7",
   "labelLeft": 505.5,
   "labelWidth": 36,
   "edge": true,
   "date": 1754524800000
  },
  {
   "x": 579,
   "text": "Sep",
   "labelLeft": 568.2,
   "labelWidth": 21.6,
   "edge": false,
   "date": 1756684800000
  },
  {
   "x": 669,
   "text": "Oct",
   "labelLeft": 658.2,
   "labelWidth": 21.6,
   "edge": false,
   "date": 1759276800000
  },
  {
   "x": 762,
   "text": "Nov",
   "labelLeft": 751.2,
   "labelWidth": 21.6,
   "edge": false,
   "date": 1761955200000
  },
  {
   "x": 858.5,
   "text": "Feb 5",
   "labelLeft": 858.5,
   "labelWidth": 36,
   "edge": true,
   "date": 1770249600000
  },
  {
   "x": 956.5,
   "text": "Jun 8",
   "labelLeft": 956.5,
   "labelWidth": 36,
   "edge": true,
   "date": 1780876800000
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
    402,
    491.5
   ]
  },
  {
   "x0": 825,
   "x1": 857,
   "marks": [
    402,
    491.5
   ]
  },
  {
   "x0": 923,
   "x1": 955,
   "marks": [
    402,
    491.5
   ]
  }
 ],
 "tracks": [
  {
   "id": "irs-leadership",
   "label": "Who led the IRS",
   "top": 458,
   "barTop": 480,
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

snapshots["irs-ice-1024"] = 
`{
 "width": 1098,
 "height": 553,
 "view": 1024,
 "axisY": 402,
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
   "band": false,
   "category": "personnel",
   "x": 29.5,
   "x0": 24.5,
   "x1": 34.5,
   "y": 402,
   "size": 10
  },
  {
   "id": "ctr-lawsuit-filed",
   "key": false,
   "band": false,
   "category": "lawsuit",
   "x": 113.5,
   "x0": 108.5,
   "x1": 118.5,
   "y": 402,
   "size": 10
  },
  {
   "id": "odonnell-retirement",
   "key": false,
   "band": false,
   "category": "personnel",
   "x": 137.5,
   "x0": 132.5,
   "x1": 142.5,
   "y": 402,
   "size": 10
  },
  {
   "id": "irs-rejects-700k-request",
   "key": false,
   "band": true,
   "category": "agreement",
   "x": 64,
   "x0": 64,
   "x1": 148,
   "y": 402,
   "size": 8
  },
  {
   "id": "centro-lawsuit-filed",
   "key": false,
   "band": true,
   "category": "lawsuit",
   "x": 148,
   "x0": 148,
   "x1": 241,
   "y": 402,
   "size": 8
  },
  {
   "id": "mou-signed",
   "key": true,
   "band": false,
   "category": "agreement",
   "x": 260.5,
   "x0": 252.5,
   "x1": 268.5,
   "y": 402,
   "size": 16
  },
  {
   "id": "krause-departure",
   "key": true,
   "band": false,
   "category": "personnel",
   "x": 263.5,
   "x0": 255.5,
   "x1": 271.5,
   "y": 402,
   "size": 16
  },
  {
   "id": "shapley-named-acting",
   "key": false,
   "band": false,
   "category": "personnel",
   "x": 284.5,
   "x0": 279.5,
   "x1": 289.5,
   "y": 402,
   "size": 10
  },
  {
   "id": "faulkender-replaces-shapley",
   "key": false,
   "band": false,
   "category": "personnel",
   "x": 293.5,
   "x0": 288.5,
   "x1": 298.5,
   "y": 402,
   "size": 10
  },
  {
   "id": "friedrich-denies-injunction",
   "key": true,
   "band": false,
   "category": "court",
   "x": 365.5,
   "x0": 357.5,
   "x1": 373.5,
   "y": 402,
   "size": 16
  },
  {
   "id": "mou-unsealed",
   "key": false,
   "band": false,
   "category": "agreement",
   "x": 368.5,
   "x0": 363.5,
   "x1": 373.5,
   "y": 402,
   "size": 10
  },
  {
   "id": "centro-appeal-filed",
   "key": false,
   "band": false,
   "category": "lawsuit",
   "x": 392.5,
   "x0": 387.5,
   "x1": 397.5,
   "y": 402,
   "size": 10
  },
  {
   "id": "long-confirmed",
   "key": false,
   "band": false,
   "category": "personnel",
   "x": 458.5,
   "x0": 453.5,
   "x1": 463.5,
   "y": 402,
   "size": 10
  },
  {
   "id": "long-sworn-in",
   "key": false,
   "band": false,
   "category": "personnel",
   "x": 470.5,
   "x0": 465.5,
   "x1": 475.5,
   "y": 402,
   "size": 10
  },
  {
   "id": "irs-shares-47000-addresses",
   "key": false,
   "band": false,
   "category": "data",
   "x": 505.5,
   "x0": 500.5,
   "x1": 510.5,
   "y": 402,
   "size": 10
  },
  {
   "id": "long-removed",
   "key": true,
   "band": false,
   "category": "personnel",
   "x": 508.5,
   "x0": 500.5,
   "x1": 516.5,
   "y": 402,
   "size": 16
  },
  {
   "id": "ctr-emergency-motion",
   "key": false,
   "band": false,
   "category": "lawsuit",
   "x": 544.5,
   "x0": 539.5,
   "x1": 549.5,
   "y": 402,
   "size": 10
  },
  {
   "id": "notice-orders",
   "key": false,
   "band": true,
   "category": "court",
   "x": 579,
   "x0": 579,
   "x1": 669,
   "y": 402,
   "size": 8
  },
  {
   "id": "dc-circuit-hears-centro",
   "key": false,
   "band": false,
   "category": "court",
   "x": 676.5,
   "x0": 671.5,
   "x1": 681.5,
   "y": 402,
   "size": 10
  },
  {
   "id": "bisignano-irs-ceo",
   "key": false,
   "band": false,
   "category": "personnel",
   "x": 685.5,
   "x0": 680.5,
   "x1": 690.5,
   "y": 402,
   "size": 10
  },
  {
   "id": "kollar-kotelly-blocks-sharing",
   "key": true,
   "band": false,
   "category": "court",
   "x": 823.5,
   "x0": 815.5,
   "x1": 831.5,
   "y": 402,
   "size": 16
  },
  {
   "id": "talwani-blocks-sharing",
   "key": false,
   "band": false,
   "category": "court",
   "x": 858.5,
   "x0": 853.5,
   "x1": 863.5,
   "y": 402,
   "size": 10
  },
  {
   "id": "irs-admits-improper-disclosures",
   "key": false,
   "band": false,
   "category": "data",
   "x": 876.5,
   "x0": 871.5,
   "x1": 881.5,
   "y": 402,
   "size": 10
  },
  {
   "id": "dc-circuit-upholds-friedrich",
   "key": false,
   "band": false,
   "category": "court",
   "x": 915.5,
   "x0": 910.5,
   "x1": 920.5,
   "y": 402,
   "size": 10
  },
  {
   "id": "kollar-kotelly-42695-violations",
   "key": false,
   "band": false,
   "category": "court",
   "x": 921.5,
   "x0": 916.5,
   "x1": 926.5,
   "y": 402,
   "size": 10
  },
  {
   "id": "tigta-report",
   "key": false,
   "band": false,
   "category": "data",
   "x": 956.5,
   "x0": 951.5,
   "x1": 961.5,
   "y": 402,
   "size": 10
  }
 ],
 "labels": [
  {
   "id": "werfel-departs",
   "text": "Werfel leaves",
   "full": "IRS commissioner Danny Werfel leaves on Inauguration Day",
   "key": false,
   "more": [],
   "left": 29.5,
   "top": 258,
   "width": 113,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 29.5,
    "top": 260,
    "bottom": 402
   }
  },
  {
   "id": "irs-rejects-700k-request",
   "text": "Request refused",
   "full": "IRS turns down a request to verify about 700,000 addresses",
   "key": false,
   "more": [],
   "left": 64,
   "top": 283,
   "width": 128,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 64,
    "top": 285,
    "bottom": 402
   }
  },
  {
   "id": "ctr-lawsuit-filed",
   "text": "Advocates sue",
   "full": "Taxpayer advocates and unions sue the IRS over access to taxpayer data",
   "key": false,
   "more": [],
   "left": 113.5,
   "top": 308,
   "width": 113,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 113.5,
    "top": 310,
    "bottom": 402
   }
  },
  {
   "id": "odonnell-retirement",
   "text": "O'Donnell exits",
   "full": "Acting IRS commissioner Doug O'Donnell to retire",
   "key": false,
   "more": [],
   "left": 137.5,
   "top": 333,
   "width": 127,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 137.5,
    "top": 335,
    "bottom": 402
   }
  },
  {
   "id": "centro-lawsuit-filed",
   "text": "Centro sues",
   "full": "Groups sue to stop the IRS sharing taxpayer data for immigration enforcement",
   "key": false,
   "more": [],
   "left": 148,
   "top": 358,
   "width": 97,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 148,
    "top": 360,
    "bottom": 402
   }
  },
  {
   "id": "mou-signed",
   "text": "Agreement signed",
   "full": "Treasury and Homeland Security sign the IRS–ICE data agreement",
   "key": true,
   "more": [],
   "left": 260.5,
   "top": 8,
   "width": 136,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 260.5,
    "top": 10,
    "bottom": 402
   }
  },
  {
   "id": "krause-departure",
   "text": "Krause to leave",
   "full": "Acting IRS commissioner Melanie Krause announces she will leave",
   "key": true,
   "more": [],
   "left": 263.5,
   "top": 33,
   "width": 128,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 263.5,
    "top": 35,
    "bottom": 402
   }
  },
  {
   "id": "shapley-named-acting",
   "text": "Shapley named",
   "full": "Gary Shapley named acting IRS commissioner",
   "key": false,
   "more": [],
   "left": 284.5,
   "top": 58,
   "width": 113,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 284.5,
    "top": 60,
    "bottom": 402
   }
  },
  {
   "id": "faulkender-replaces-shapley",
   "text": "Faulkender named",
   "full": "Michael Faulkender replaces Gary Shapley as acting IRS commissioner",
   "key": false,
   "more": [],
   "left": 293.5,
   "top": 83,
   "width": 136,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 293.5,
    "top": 85,
    "bottom": 402
   }
  },
  {
   "id": "friedrich-denies-injunction",
   "text": "Friedrich ruling",
   "full": "Judge Friedrich denies an injunction against the IRS–ICE agreement",
   "key": true,
   "more": [],
   "left": 365.5,
   "top": 108,
   "width": 136,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 365.5,
    "top": 110,
    "bottom": 402
   }
  },
  {
   "id": "mou-unsealed",
   "text": "Text made public",
   "full": "Near-complete text of the IRS–ICE agreement is made public",
   "key": false,
   "more": [],
   "left": 368.5,
   "top": 133,
   "width": 136,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 368.5,
    "top": 135,
    "bottom": 402
   }
  },
  {
   "id": "centro-appeal-filed",
   "text": "Centro appeals",
   "full": "Centro plaintiffs appeal the denial of an injunction",
   "key": false,
   "more": [],
   "left": 392.5,
   "top": 158,
   "width": 121,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 392.5,
    "top": 160,
    "bottom": 402
   }
  },
  {
   "id": "long-confirmed",
   "text": "Long confirmed",
   "full": "Senate confirms Billy Long as IRS commissioner",
   "key": false,
   "more": [],
   "left": 458.5,
   "top": 183,
   "width": 121,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 458.5,
    "top": 185,
    "bottom": 402
   }
  },
  {
   "id": "long-sworn-in",
   "text": "Long sworn in",
   "full": "Billy Long sworn in as the 51st IRS commissioner",
   "key": false,
   "more": [],
   "left": 470.5,
   "top": 208,
   "width": 113,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 470.5,
    "top": 210,
    "bottom": 402
   }
  },
  {
   "id": "irs-shares-47000-addresses",
   "text": "Addresses sent",
   "full": "IRS sends ICE about 47,000 taxpayer addresses",
   "key": false,
   "more": [],
   "left": 505.5,
   "top": 233,
   "width": 121,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 505.5,
    "top": 235,
    "bottom": 402
   }
  },
  {
   "id": "long-removed",
   "text": "Long removed",
   "full": "Billy Long removed as IRS commissioner; Bessent becomes acting commissioner",
   "key": true,
   "more": [],
   "left": 508.5,
   "top": 258,
   "width": 105,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 508.5,
    "top": 260,
    "bottom": 402
   }
  },
  {
   "id": "ctr-emergency-motion",
   "text": "Halt sought",
   "full": "Taxpayer advocates ask the court to halt IRS data sharing with ICE",
   "key": false,
   "more": [],
   "left": 544.5,
   "top": 283,
   "width": 97,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 544.5,
    "top": 285,
    "bottom": 402
   }
  },
  {
   "id": "notice-orders",
   "text": "Notice ordered",
   "full": "Judge requires notice before any further IRS data transfer to ICE",
   "key": false,
   "more": [],
   "left": 579,
   "top": 308,
   "width": 121,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 579,
    "top": 310,
    "bottom": 402
   }
  },
  {
   "id": "dc-circuit-hears-centro",
   "text": "Appeal argued",
   "full": "Appeals court hears argument in the Centro case",
   "key": false,
   "more": [],
   "left": 676.5,
   "top": 333,
   "width": 113,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 676.5,
    "top": 335,
    "bottom": 402
   }
  },
  {
   "id": "bisignano-irs-ceo",
   "text": "Bisignano named",
   "full": "Frank Bisignano named chief executive of the IRS",
   "key": false,
   "more": [],
   "left": 685.5,
   "top": 358,
   "width": 128,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 685.5,
    "top": 360,
    "bottom": 402
   }
  },
  {
   "id": "kollar-kotelly-blocks-sharing",
   "text": "Sharing blocked",
   "full": "Judge Kollar-Kotelly blocks the IRS from giving ICE taxpayer addresses",
   "key": true,
   "more": [],
   "left": 823.5,
   "top": 233,
   "width": 128,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 823.5,
    "top": 235,
    "bottom": 402
   }
  },
  {
   "id": "talwani-blocks-sharing",
   "text": "Talwani ruling",
   "full": "Judge Indira Talwani blocks IRS–ICE data sharing in Massachusetts case",
   "key": false,
   "more": [],
   "left": 858.5,
   "top": 258,
   "width": 121,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 858.5,
    "top": 260,
    "bottom": 402
   }
  },
  {
   "id": "irs-admits-improper-disclosures",
   "text": "IRS admits errors",
   "full": "IRS says some taxpayer data was shared with ICE in error",
   "key": false,
   "more": [],
   "left": 876.5,
   "top": 283,
   "width": 144,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 876.5,
    "top": 285,
    "bottom": 402
   }
  },
  {
   "id": "dc-circuit-upholds-friedrich",
   "text": "Friedrich upheld",
   "full": "Appeals court upholds Judge Friedrich's denial of an injunction",
   "key": false,
   "more": [],
   "left": 915.5,
   "top": 308,
   "width": 136,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 915.5,
    "top": 310,
    "bottom": 402
   }
  },
  {
   "id": "kollar-kotelly-42695-violations",
   "text": "Violations found",
   "full": "Judge finds the IRS broke the law about 42,695 times",
   "key": false,
   "more": [],
   "left": 921.5,
   "top": 333,
   "width": 136,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 921.5,
    "top": 335,
    "bottom": 402
   }
  },
  {
   "id": "tigta-report",
   "text": "Watchdog report",
   "full": "Treasury inspector general reports on the IRS–ICE address sharing",
   "key": false,
   "more": [],
   "left": 956.5,
   "top": 358,
   "width": 128,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 956.5,
    "top": 360,
    "bottom": 402
   }
  }
 ],
 "rows": [],
 "ticks": [
  {
   "x": 29.5,
   "text": "Jan 20",
   "labelLeft": 7.9,
   "labelWidth": 43.2,
   "edge": true,
   "date": 1737331200000
  },
  {
   "x": 148,
   "text": "Mar",
   "labelLeft": 137.2,
   "labelWidth": 21.6,
   "edge": false,
   "date": 1740787200000
  },
  {
   "x": 241,
   "text": "Apr",
   "labelLeft": 230.2,
   "labelWidth": 21.6,
   "edge": false,
   "date": 1743465600000
  },
  {
   "x": 331,
   "text": "May",
   "labelLeft": 320.2,
   "labelWidth": 21.6,
   "edge": false,
   "date": 1746057600000
  },
  {
   "x": 424,
   "text": "Jun",
   "labelLeft": 413.2,
   "labelWidth": 21.6,
   "edge": false,
   "date": 1748736000000
  },
  {
   "x": 505.5,
   "text": "Aug 7",
   "labelLeft": 505.5,
   "labelWidth": 36,
   "edge": true,
   "date": 1754524800000
  },
  {
   "x": 579,
   "text": "Sep",
   "labelLeft": 568.2,
   "labelWidth": 21.6,
   "edge": false,
   "date": 1756684800000
  },
  {
   "x": 669,
   "text": "Oct",
   "labelLeft": 658.2,
   "labelWidth": 21.6,
   "edge": false,
   "date": 1759276800000
  },
  {
   "x": 762,
   "text": "Nov",
   "labelLeft": 751.2,
   "labelWidth": 21.6,
   "edge": false,
   "date": 1761955200000
  },
  {
   "x": 858.5,
   "text": "Feb 5",
   "labelLeft": 858.5,
   "labelWidth": 36,
   "edge": true,
   "date": 1770249600000
  },
  {
   "x": 956.5,
   "text": "Jun 8",
   "labelLeft": 956.5,
   "labelWidth": 36,
   "edge": true,
   "date": 1780876800000
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
    402,
    491.5
   ]
  },
  {
   "x0": 825,
   "x1": 857,
   "marks": [
    402,
    491.5
   ]
  },
  {
   "x0": 923,
   "x1": 955,
   "marks": [
    402,
    491.5
   ]
  }
 ],
 "tracks": [
  {
   "id": "irs-leadership",
   "label": "Who led the IRS",
   "top": 458,
   "barTop": 480,
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

snapshots["irs-ice-1440"] = 
`{
 "width": 1440,
 "height": 485,
 "view": 1440,
 "axisY": 352,
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
   "band": false,
   "category": "personnel",
   "x": 30.12,
   "x0": 25.12,
   "x1": 35.12,
   "y": 352,
   "size": 10
  },
  {
   "id": "ctr-lawsuit-filed",
   "key": false,
   "band": false,
   "category": "lawsuit",
   "x": 148.56,
   "x0": 143.56,
   "x1": 153.56,
   "y": 352,
   "size": 10
  },
  {
   "id": "odonnell-retirement",
   "key": false,
   "band": false,
   "category": "personnel",
   "x": 182.4,
   "x0": 177.4,
   "x1": 187.4,
   "y": 352,
   "size": 10
  },
  {
   "id": "irs-rejects-700k-request",
   "key": false,
   "band": true,
   "category": "agreement",
   "x": 78.76,
   "x0": 78.76,
   "x1": 197.21,
   "y": 352,
   "size": 8
  },
  {
   "id": "centro-lawsuit-filed",
   "key": false,
   "band": true,
   "category": "lawsuit",
   "x": 197.21,
   "x0": 197.21,
   "x1": 328.35,
   "y": 352,
   "size": 8
  },
  {
   "id": "mou-signed",
   "key": true,
   "band": false,
   "category": "agreement",
   "x": 355.84,
   "x0": 347.84,
   "x1": 363.84,
   "y": 352,
   "size": 16
  },
  {
   "id": "krause-departure",
   "key": true,
   "band": false,
   "category": "personnel",
   "x": 360.07,
   "x0": 352.07,
   "x1": 368.07,
   "y": 352,
   "size": 16
  },
  {
   "id": "shapley-named-acting",
   "key": false,
   "band": false,
   "category": "personnel",
   "x": 389.68,
   "x0": 384.68,
   "x1": 394.68,
   "y": 352,
   "size": 10
  },
  {
   "id": "faulkender-replaces-shapley",
   "key": false,
   "band": false,
   "category": "personnel",
   "x": 402.37,
   "x0": 397.37,
   "x1": 407.37,
   "y": 352,
   "size": 10
  },
  {
   "id": "friedrich-denies-injunction",
   "key": true,
   "band": false,
   "category": "court",
   "x": 503.9,
   "x0": 495.9,
   "x1": 511.9,
   "y": 352,
   "size": 16
  },
  {
   "id": "mou-unsealed",
   "key": false,
   "band": false,
   "category": "agreement",
   "x": 508.13,
   "x0": 503.13,
   "x1": 513.13,
   "y": 352,
   "size": 10
  },
  {
   "id": "centro-appeal-filed",
   "key": false,
   "band": false,
   "category": "lawsuit",
   "x": 541.97,
   "x0": 536.97,
   "x1": 546.97,
   "y": 352,
   "size": 10
  },
  {
   "id": "long-confirmed",
   "key": false,
   "band": false,
   "category": "personnel",
   "x": 635.04,
   "x0": 630.04,
   "x1": 640.04,
   "y": 352,
   "size": 10
  },
  {
   "id": "long-sworn-in",
   "key": false,
   "band": false,
   "category": "personnel",
   "x": 651.96,
   "x0": 646.96,
   "x1": 656.96,
   "y": 352,
   "size": 10
  },
  {
   "id": "irs-shares-47000-addresses",
   "key": false,
   "band": false,
   "category": "data",
   "x": 688.19,
   "x0": 683.19,
   "x1": 693.19,
   "y": 352,
   "size": 10
  },
  {
   "id": "long-removed",
   "key": true,
   "band": false,
   "category": "personnel",
   "x": 692.42,
   "x0": 684.42,
   "x1": 700.42,
   "y": 352,
   "size": 16
  },
  {
   "id": "ctr-emergency-motion",
   "key": false,
   "band": false,
   "category": "lawsuit",
   "x": 743.18,
   "x0": 738.18,
   "x1": 748.18,
   "y": 352,
   "size": 10
  },
  {
   "id": "notice-orders",
   "key": false,
   "band": true,
   "category": "court",
   "x": 791.83,
   "x0": 791.83,
   "x1": 918.73,
   "y": 352,
   "size": 8
  },
  {
   "id": "dc-circuit-hears-centro",
   "key": false,
   "band": false,
   "category": "court",
   "x": 929.31,
   "x0": 924.31,
   "x1": 934.31,
   "y": 352,
   "size": 10
  },
  {
   "id": "bisignano-irs-ceo",
   "key": false,
   "band": false,
   "category": "personnel",
   "x": 942,
   "x0": 937,
   "x1": 947,
   "y": 352,
   "size": 10
  },
  {
   "id": "kollar-kotelly-blocks-sharing",
   "key": true,
   "band": false,
   "category": "court",
   "x": 1136.59,
   "x0": 1128.59,
   "x1": 1144.59,
   "y": 352,
   "size": 16
  },
  {
   "id": "talwani-blocks-sharing",
   "key": false,
   "band": false,
   "category": "court",
   "x": 1172.82,
   "x0": 1167.82,
   "x1": 1177.82,
   "y": 352,
   "size": 10
  },
  {
   "id": "irs-admits-improper-disclosures",
   "key": false,
   "band": false,
   "category": "data",
   "x": 1198.2,
   "x0": 1193.2,
   "x1": 1203.2,
   "y": 352,
   "size": 10
  },
  {
   "id": "dc-circuit-upholds-friedrich",
   "key": false,
   "band": false,
   "category": "court",
   "x": 1253.19,
   "x0": 1248.19,
   "x1": 1258.19,
   "y": 352,
   "size": 10
  },
  {
   "id": "kollar-kotelly-42695-violations",
   "key": false,
   "band": false,
   "category": "court",
   "x": 1261.65,
   "x0": 1256.65,
   "x1": 1266.65,
   "y": 352,
   "size": 10
  },
  {
   "id": "tigta-report",
   "key": false,
   "band": false,
   "category": "data",
   "x": 1297.88,
   "x0": 1292.88,
   "x1": 1302.88,
   "y": 352,
   "size": 10
  }
 ],
 "labels": [
  {
   "id": "werfel-departs",
   "text": "Werfel leaves",
   "full": "IRS commissioner Danny Werfel leaves on Inauguration Day",
   "key": false,
   "more": [],
   "left": 30.12,
   "top": 208,
   "width": 113,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 30.12,
    "top": 210,
    "bottom": 352
   }
  },
  {
   "id": "irs-rejects-700k-request",
   "text": "Request refused",
   "full": "IRS turns down a request to verify about 700,000 addresses",
   "key": false,
   "more": [],
   "left": 78.76,
   "top": 233,
   "width": 128,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 78.76,
    "top": 235,
    "bottom": 352
   }
  },
  {
   "id": "ctr-lawsuit-filed",
   "text": "Advocates sue",
   "full": "Taxpayer advocates and unions sue the IRS over access to taxpayer data",
   "key": false,
   "more": [],
   "left": 148.56,
   "top": 258,
   "width": 113,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 148.56,
    "top": 260,
    "bottom": 352
   }
  },
  {
   "id": "odonnell-retirement",
   "text": "O'Donnell exits",
   "full": "Acting IRS commissioner Doug O'Donnell to retire",
   "key": false,
   "more": [],
   "left": 182.4,
   "top": 283,
   "width": 128,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 182.4,
    "top": 285,
    "bottom": 352
   }
  },
  {
   "id": "centro-lawsuit-filed",
   "text": "Centro sues",
   "full": "Groups sue to stop the IRS sharing taxpayer data for immigration enforcement",
   "key": false,
   "more": [],
   "left": 197.21,
   "top": 308,
   "width": 97,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 197.21,
    "top": 310,
    "bottom": 352
   }
  },
  {
   "id": "mou-signed",
   "text": "Agreement signed",
   "full": "Treasury and Homeland Security sign the IRS–ICE data agreement",
   "key": true,
   "more": [],
   "left": 355.84,
   "top": 8,
   "width": 136,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 355.84,
    "top": 10,
    "bottom": 352
   }
  },
  {
   "id": "krause-departure",
   "text": "Krause to leave",
   "full": "Acting IRS commissioner Melanie Krause announces she will leave",
   "key": true,
   "more": [],
   "left": 360.07,
   "top": 33,
   "width": 128,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 360.07,
    "top": 35,
    "bottom": 352
   }
  },
  {
   "id": "shapley-named-acting",
   "text": "Shapley named",
   "full": "Gary Shapley named acting IRS commissioner",
   "key": false,
   "more": [],
   "left": 389.68,
   "top": 58,
   "width": 113,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 389.68,
    "top": 60,
    "bottom": 352
   }
  },
  {
   "id": "faulkender-replaces-shapley",
   "text": "Faulkender named",
   "full": "Michael Faulkender replaces Gary Shapley as acting IRS commissioner",
   "key": false,
   "more": [],
   "left": 402.37,
   "top": 83,
   "width": 136,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 402.37,
    "top": 85,
    "bottom": 352
   }
  },
  {
   "id": "friedrich-denies-injunction",
   "text": "Friedrich ruling",
   "full": "Judge Friedrich denies an injunction against the IRS–ICE agreement",
   "key": true,
   "more": [],
   "left": 503.9,
   "top": 108,
   "width": 136,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 503.9,
    "top": 110,
    "bottom": 352
   }
  },
  {
   "id": "mou-unsealed",
   "text": "Text made public",
   "full": "Near-complete text of the IRS–ICE agreement is made public",
   "key": false,
   "more": [],
   "left": 508.13,
   "top": 133,
   "width": 136,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 508.13,
    "top": 135,
    "bottom": 352
   }
  },
  {
   "id": "centro-appeal-filed",
   "text": "Centro appeals",
   "full": "Centro plaintiffs appeal the denial of an injunction",
   "key": false,
   "more": [],
   "left": 541.97,
   "top": 158,
   "width": 121,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 541.97,
    "top": 160,
    "bottom": 352
   }
  },
  {
   "id": "long-confirmed",
   "text": "Long confirmed",
   "full": "Senate confirms Billy Long as IRS commissioner",
   "key": false,
   "more": [],
   "left": 635.04,
   "top": 183,
   "width": 121,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 635.04,
    "top": 185,
    "bottom": 352
   }
  },
  {
   "id": "long-sworn-in",
   "text": "Long sworn in",
   "full": "Billy Long sworn in as the 51st IRS commissioner",
   "key": false,
   "more": [],
   "left": 651.96,
   "top": 208,
   "width": 113,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 651.96,
    "top": 210,
    "bottom": 352
   }
  },
  {
   "id": "irs-shares-47000-addresses",
   "text": "Addresses sent",
   "full": "IRS sends ICE about 47,000 taxpayer addresses",
   "key": false,
   "more": [],
   "left": 688.19,
   "top": 233,
   "width": 121,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 688.19,
    "top": 235,
    "bottom": 352
   }
  },
  {
   "id": "long-removed",
   "text": "Long removed",
   "full": "Billy Long removed as IRS commissioner; Bessent becomes acting commissioner",
   "key": true,
   "more": [],
   "left": 692.42,
   "top": 258,
   "width": 105,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 692.42,
    "top": 260,
    "bottom": 352
   }
  },
  {
   "id": "ctr-emergency-motion",
   "text": "Halt sought",
   "full": "Taxpayer advocates ask the court to halt IRS data sharing with ICE",
   "key": false,
   "more": [],
   "left": 743.18,
   "top": 283,
   "width": 97,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 743.18,
    "top": 285,
    "bottom": 352
   }
  },
  {
   "id": "notice-orders",
   "text": "Notice ordered",
   "full": "Judge requires notice before any further IRS data transfer to ICE",
   "key": false,
   "more": [],
   "left": 791.83,
   "top": 308,
   "width": 121,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 791.83,
    "top": 310,
    "bottom": 352
   }
  },
  {
   "id": "dc-circuit-hears-centro",
   "text": "Appeal argued",
   "full": "Appeals court hears argument in the Centro case",
   "key": false,
   "more": [],
   "left": 929.31,
   "top": 283,
   "width": 113,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 929.31,
    "top": 285,
    "bottom": 352
   }
  },
  {
   "id": "bisignano-irs-ceo",
   "text": "Bisignano named",
   "full": "Frank Bisignano named chief executive of the IRS",
   "key": false,
   "more": [],
   "left": 942,
   "top": 308,
   "width": 128,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 942,
    "top": 310,
    "bottom": 352
   }
  },
  {
   "id": "kollar-kotelly-blocks-sharing",
   "text": "Sharing blocked",
   "full": "Judge Kollar-Kotelly blocks the IRS from giving ICE taxpayer addresses",
   "key": true,
   "more": [],
   "left": 1136.59,
   "top": 183,
   "width": 128,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 1136.59,
    "top": 185,
    "bottom": 352
   }
  },
  {
   "id": "talwani-blocks-sharing",
   "text": "Talwani ruling",
   "full": "Judge Indira Talwani blocks IRS–ICE data sharing in Massachusetts case",
   "key": false,
   "more": [],
   "left": 1172.82,
   "top": 208,
   "width": 121,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 1172.82,
    "top": 210,
    "bottom": 352
   }
  },
  {
   "id": "irs-admits-improper-disclosures",
   "text": "IRS admits errors",
   "full": "IRS says some taxpayer data was shared with ICE in error",
   "key": false,
   "more": [],
   "left": 1198.2,
   "top": 233,
   "width": 144,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 1198.2,
    "top": 235,
    "bottom": 352
   }
  },
  {
   "id": "dc-circuit-upholds-friedrich",
   "text": "Friedrich upheld",
   "full": "Appeals court upholds Judge Friedrich's denial of an injunction",
   "key": false,
   "more": [],
   "left": 1253.19,
   "top": 258,
   "width": 136,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 1253.19,
    "top": 260,
    "bottom": 352
   }
  },
  {
   "id": "kollar-kotelly-42695-violations",
   "text": "Violations found",
   "full": "Judge finds the IRS broke the law about 42,695 times",
   "key": false,
   "more": [],
   "left": 1261.65,
   "top": 283,
   "width": 136,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 1261.65,
    "top": 285,
    "bottom": 352
   }
  },
  {
   "id": "tigta-report",
   "text": "Watchdog report",
   "full": "Treasury inspector general reports on the IRS–ICE address sharing",
   "key": false,
   "more": [],
   "left": 1297.88,
   "top": 308,
   "width": 128,
   "countWidth": 0,
   "flip": false,
   "stem": {
    "x": 1297.88,
    "top": 310,
    "bottom": 352
   }
  }
 ],
 "rows": [],
 "ticks": [
  {
   "x": 30.12,
   "text": "Jan 20",
   "labelLeft": 8.52,
   "labelWidth": 43.2,
   "edge": true,
   "date": 1737331200000
  },
  {
   "x": 78.76,
   "text": "Feb",
   "labelLeft": 67.96,
   "labelWidth": 21.6,
   "edge": false,
   "date": 1738368000000
  },
  {
   "x": 197.21,
   "text": "Mar",
   "labelLeft": 186.41,
   "labelWidth": 21.6,
   "edge": false,
   "date": 1740787200000
  },
  {
   "x": 328.35,
   "text": "Apr",
   "labelLeft": 317.55,
   "labelWidth": 21.6,
   "edge": false,
   "date": 1743465600000
  },
  {
   "x": 455.25,
   "text": "May",
   "labelLeft": 444.45,
   "labelWidth": 21.6,
   "edge": false,
   "date": 1746057600000
  },
  {
   "x": 586.39,
   "text": "Jun",
   "labelLeft": 575.59,
   "labelWidth": 21.6,
   "edge": false,
   "date": 1748736000000
  },
  {
   "x": 688.19,
   "text": "Aug 7",
   "labelLeft": 688.19,
   "labelWidth": 36,
   "edge": true,
   "date": 1754524800000
  },
  {
   "x": 791.83,
   "text": "Sep",
   "labelLeft": 781.03,
   "labelWidth": 21.6,
   "edge": false,
   "date": 1756684800000
  },
  {
   "x": 918.73,
   "text": "Oct",
   "labelLeft": 907.93,
   "labelWidth": 21.6,
   "edge": false,
   "date": 1759276800000
  },
  {
   "x": 1049.87,
   "text": "Nov",
   "labelLeft": 1039.07,
   "labelWidth": 21.6,
   "edge": false,
   "date": 1761955200000
  },
  {
   "x": 1172.82,
   "text": "Feb 5",
   "labelLeft": 1172.82,
   "labelWidth": 36,
   "edge": true,
   "date": 1770249600000
  },
  {
   "x": 1297.88,
   "text": "Jun 8",
   "labelLeft": 1297.88,
   "labelWidth": 36,
   "edge": true,
   "date": 1780876800000
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
    352,
    441.5
   ]
  },
  {
   "x0": 1138.71,
   "x1": 1170.71,
   "marks": [
    352,
    441.5
   ]
  },
  {
   "x0": 1263.77,
   "x1": 1295.77,
   "marks": [
    352,
    441.5
   ]
  }
 ],
 "tracks": [
  {
   "id": "irs-leadership",
   "label": "Who led the IRS",
   "top": 408,
   "barTop": 430,
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

