using System.Text.Json;
using System.Text.Json.Serialization;
using Leasing.Offers.Domain.Pricing;

namespace Leasing.Offers.Features.Pricing;

/// <summary>
/// Compile-time JSON metadata for the public simulator's request and answer: the simulation is the product's
/// busiest anonymous endpoint and its answer (the schedule) is the largest part of its cost.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(PricingInput))]
[JsonSerializable(typeof(PricingOutcome))]
[JsonSerializable(typeof(ImpliedRateInput))]
[JsonSerializable(typeof(ImpliedRateResponse))]
public sealed partial class PricingJsonContext : JsonSerializerContext;
