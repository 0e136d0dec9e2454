using System.Text.Json;
using System.Text.Json.Serialization;
using Leasing.Offers.Domain.Pricing;

namespace Leasing.Offers.Features.Pricing;

/// <summary>
/// Compile-time JSON metadata for the public pricing endpoints' requests and answers. The simulator reads its request
/// with it; its answer is written by hand (<see cref="PricingOutcomeJson"/>) and tested byte for byte against it.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(PricingInput))]
[JsonSerializable(typeof(PricingOutcome))]
[JsonSerializable(typeof(ImpliedRateInput))]
[JsonSerializable(typeof(ImpliedRateResponse))]
public sealed partial class PricingJsonContext : JsonSerializerContext;
